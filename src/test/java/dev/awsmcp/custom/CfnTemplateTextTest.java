package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Templates read and written as the CLI's yamlhelper.py does (outputs checked against PyYAML by hand). */
class CfnTemplateTextTest {
    @Test
    void shortFormIntrinsicsBecomeTheirLongFormAndAMappingInsideOneIsWrittenSorted() {
        Object t = CfnTemplateText.parse("""
                A: !GetAtt Role.Arn.Deep
                B: !GetAtt [Role, Arn]
                C: !If [IsProd, !Ref X, !Ref AWS::NoValue]
                D: !Sub
                  - '${b}-${a}'
                  - {b: 1, a: 2}
                E: !FindInMap {Zeta: 1, Alpha: 2}
                F: !Condition IsProd
                """);

        assertThat(CfnTemplateText.toYaml(t)).isEqualTo("""
                A:
                  Fn::GetAtt:
                  - Role
                  - Arn.Deep
                B:
                  Fn::GetAtt:
                  - Role
                  - Arn
                C:
                  Fn::If:
                  - IsProd
                  - Ref: X
                  - Ref: AWS::NoValue
                D:
                  Fn::Sub:
                  - ${b}-${a}
                  - b: 1
                    a: 2
                E:
                  Fn::FindInMap:
                    Alpha: 2
                    Zeta: 1
                F:
                  Condition: IsProd
                """);
    }

    @Test
    void aDateStaysUnquotedAndAQuotedDateStaysAString() {
        assertThat(CfnTemplateText.toYaml(CfnTemplateText.parse("V: 2010-09-09\nS: '2010-09-09'\n")))
                .isEqualTo("V: 2010-09-09\nS: '2010-09-09'\n");
    }

    @Test
    void jsonIsReadAsJsonInOrderAndWrittenAsPythonsJsonDumps() {
        Object t = CfnTemplateText.parse("{\"b\": [1, 2.0, true, null], \"a\": \"tab\\t\\u0001\"}");

        assertThat(CfnTemplateText.toJson(t)).isEqualTo("{\n    \"b\": [\n        1,\n        2.0,\n        true,\n"
                + "        null\n    ],\n    \"a\": \"tab\\t\\u0001\"\n}");
    }

    @Test
    void floatsPrintAsPythonsRepr() {
        assertThat(dev.awsmcp.text.PythonJson.floatRepr(12345678.0)).isEqualTo("12345678.0");
        assertThat(dev.awsmcp.text.PythonJson.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(dev.awsmcp.text.PythonJson.floatRepr(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(dev.awsmcp.text.PythonJson.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(dev.awsmcp.text.PythonJson.floatRepr(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void onlyEscapesInsideDoubleQuotedScalarsAreUpperCased() {
        assertThat(PyYaml.upperCaseEscapes("a: plain C:\\x4f\nb: \"\\xe9 \\u4e2d\"\n- \"\\xab\"\n"))
                .isEqualTo("a: plain C:\\x4f\nb: \"\\xE9 \\u4E2D\"\n- \"\\xAB\"\n");
    }
}
