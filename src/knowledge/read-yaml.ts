/**
 * YAML to plain data for the knowledge loader. js-yaml with its core schema reads the YAML 1.2
 * core types as `yaml`'s `parse` does (dates stay strings, duplicate keys are errors) and is
 * about fifteen times faster: at 100 times the knowledge, `yaml` took most of a minute.
 * `yaml` stays where a file is edited in place (it keeps comments and layout).
 */
import jsYaml from 'js-yaml';

export function readYaml(text: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}
