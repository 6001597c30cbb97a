#!/usr/bin/env python3
"""Regenerates the golden outputs in expected/ from cases.json with the AWS CLI's own formatters.

Usage: python3 generate.py /path/to/awscli-source-parent  (the folder holding the `awscli` package)

json: what awscli v2's JSONFormatter writes (json.dump indent=4, ensure_ascii=False, newline; {} prints nothing).
text, table: awscli/text.py and awscli/formatter.py TableFormatter (color off, 80-column terminal).
yaml, yaml-stream: awscli v2 dumps with ruamel.yaml YAML(typ='safe'), default_flow_style=False, which emits through
libyaml (ruamel.yaml.clib) with ruamel's safe representer (sorted keys) and YAML 1.2 implicit resolvers. This script
rebuilds that pipeline from PyYAML's libyaml emitter (CEmitter) plus ruamel's 1.2 resolver table and float style.
Scalars are dumped as JSON (as the CLI's YAMLDumper does); yaml-stream wraps the response in a one-element list.
Needs: colorama, jmespath, python-dateutil, urllib3, PyYAML with libyaml, ruamel.yaml (for its resolver table).
"""
import io
import json
import os
import sys
from argparse import Namespace

sys.path.insert(0, sys.argv[1])
sys.path.insert(1, os.path.join(sys.argv[1], 'awscli'))

from awscli import text  # noqa: E402
from awscli.formatter import TableFormatter  # noqa: E402
import ruamel.yaml.resolver  # noqa: E402
import yaml  # noqa: E402
from yaml._yaml import CEmitter  # noqa: E402


class Yaml12Resolver(yaml.resolver.BaseResolver):
    """The YAML 1.2 implicit resolvers ruamel.yaml uses by default."""


for _versions, _tag, _regexp, _first in ruamel.yaml.resolver.implicit_resolvers:
    if (1, 2) in _versions:
        Yaml12Resolver.add_implicit_resolver(_tag, _regexp, _first)


class RuamelSafeRepresenter(yaml.representer.SafeRepresenter):
    def represent_float(self, data):
        if data != data:
            value = '.nan'
        elif data == float('inf'):
            value = '.inf'
        elif data == -float('inf'):
            value = '-.inf'
        else:
            value = repr(data).lower()
        return self.represent_scalar('tag:yaml.org,2002:float', value)


RuamelSafeRepresenter.add_representer(float, RuamelSafeRepresenter.represent_float)


class CliDumper(CEmitter, RuamelSafeRepresenter, Yaml12Resolver):
    def __init__(self, stream, **kwargs):
        CEmitter.__init__(self, stream, allow_unicode=True)
        RuamelSafeRepresenter.__init__(self, default_flow_style=False, sort_keys=True)
        Yaml12Resolver.__init__(self)

HERE = os.path.dirname(os.path.abspath(__file__))


def cli_json(data):
    if data == {}:
        return ''
    out = io.StringIO()
    json.dump(data, out, indent=4, ensure_ascii=False)
    out.write('\n')
    return out.getvalue()


def cli_text(data):
    out = io.StringIO()
    text.format_text(data, out)
    return out.getvalue()


def cli_table(title, data):
    out = io.StringIO()
    TableFormatter(Namespace(color='off', query=None))(title, data, out)
    return out.getvalue()


def yaml_dump(value):
    out = io.StringIO()
    if isinstance(value, (str, int, float, bool)) or value is None:
        json.dump(value, out)
        out.write('\n')
        return out.getvalue()
    yaml.dump(value, out, Dumper=CliDumper)
    return out.getvalue()


def cli_yaml(data):
    if data == {}:
        return ''
    return yaml_dump(data)


def main():
    with open(os.path.join(HERE, 'cases.json'), encoding='utf-8') as f:
        cases = json.load(f)
    target = os.path.join(HERE, 'expected')
    os.makedirs(target, exist_ok=True)
    for name, case in cases.items():
        data, title = case['data'], case['title']
        outputs = {
            'json': lambda: cli_json(data),
            'text': lambda: cli_text(data),
            'table': lambda: cli_table(title, data),
            'yaml': lambda: cli_yaml(data),
            'yaml-stream': lambda: yaml_dump([data]),
        }
        for fmt, render in outputs.items():
            try:
                value = render()
            except Exception as e:  # the CLI itself fails on this input: no golden file
                print(f'{name}.{fmt}: the CLI fails: {e!r}', file=sys.stderr)
                continue
            with open(os.path.join(target, f'{name}.{fmt}'), 'w', encoding='utf-8', newline='') as out:
                out.write(value)


if __name__ == '__main__':
    main()
