#!/usr/bin/env python3
"""Writes queries-expected.json: each expression of queries.json evaluated over its document by the jmespath
package the AWS CLI uses, or "error" when jmespath rejects the expression or fails while evaluating it."""
import json
import os

import jmespath

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, 'queries.json'), encoding='utf-8') as f:
    spec = json.load(f)
results = {}
for expression in spec['expressions'] + spec['invalid']:
    try:
        results[expression] = {'result': jmespath.search(expression, spec['document'])}
    except Exception as e:  # jmespath's ParseError, LexerError, UnknownFunctionError, ArityError, type errors
        results[expression] = {'error': type(e).__name__}
with open(os.path.join(HERE, 'queries-expected.json'), 'w', encoding='utf-8') as out:
    json.dump(results, out, indent=2, ensure_ascii=False)
    out.write('\n')
