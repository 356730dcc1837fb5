package dev.iaclint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversionsTest {
  static final SourceRange R = SourceRange.startOf(SourceFile.of("variables.tf", ""));

  static StringValue s(String v) {
    return new StringValue(v, R);
  }

  static NumberValue n(String v) {
    return new NumberValue(new BigDecimal(v), R);
  }

  static ListValue tuple(Value... e) {
    return ListValue.tuple(List.of(e), R);
  }

  @Test
  void primitivesConvertThroughStrings() throws Exception {
    assertThat(Conversions.convert(s("true"), TerraformType.BOOL).sameAs(new BoolValue(true, R))).isTrue();
    assertThat(Conversions.convert(s("0"), TerraformType.BOOL).sameAs(new BoolValue(false, R))).isTrue();
    assertThat(Conversions.convert(s("12.50"), TerraformType.NUMBER).sameAs(n("12.5"))).isTrue();
    assertThat(((StringValue) Conversions.convert(n("1.2300"), TerraformType.STRING)).value()).isEqualTo("1.23");
    assertThat(((StringValue) Conversions.convert(n("1E+3"), TerraformType.STRING)).value()).isEqualTo("1000");
    assertThat(((StringValue) Conversions.convert(new BoolValue(false, R), TerraformType.STRING)).value())
        .isEqualTo("false");
  }

  @Test
  void impossiblePrimitiveConversionsSayWhatIsRequired() {
    assertThatThrownBy(() -> Conversions.convert(s("yes"), TerraformType.BOOL)).hasMessage("a bool is required");
    assertThatThrownBy(() -> Conversions.convert(s("True"), TerraformType.BOOL))
        .hasMessage("a bool is required; to convert from string, use lowercase \"true\"");
    assertThatThrownBy(() -> Conversions.convert(s("0x10"), TerraformType.NUMBER)).hasMessage("a number is required");
    assertThatThrownBy(() -> Conversions.convert(new BoolValue(true, R), TerraformType.NUMBER))
        .hasMessage("number required");
    assertThatThrownBy(() -> Conversions.convert(tuple(), TerraformType.STRING)).hasMessage("string required");
  }

  @Test
  void nullsAndUnknownsConvertToAnyType() throws Exception {
    Value nul = new NullValue(R);
    Value unknown = new UnknownValue("var.x has no value", R);
    assertThat(Conversions.convert(nul, TerraformType.list(TerraformType.STRING))).isSameAs(nul);
    assertThat(Conversions.convert(unknown, TerraformType.NUMBER)).isSameAs(unknown);
  }

  @Test
  void tuplesBecomeListsOfOneUnifiedElementType() throws Exception {
    ListValue l = (ListValue) Conversions.convert(tuple(s("a"), n("1"), new BoolValue(true, R)),
        TerraformType.list(TerraformType.ANY));
    assertThat(l.kind()).isEqualTo(ListValue.Kind.LIST);
    assertThat(l.elements()).allMatch(e -> e instanceof StringValue);
    assertThatThrownBy(() -> Conversions.convert(tuple(n("1"), new BoolValue(true, R)),
        TerraformType.list(TerraformType.ANY))).hasMessage("all list elements must have the same type");
    assertThatThrownBy(() -> Conversions.convert(tuple(s("a"), tuple()), TerraformType.list(TerraformType.STRING)))
        .hasMessage("element 1: string required");
  }

  @Test
  void setsAreDeduplicatedAndOrdered() throws Exception {
    ListValue set = (ListValue) Conversions.convert(tuple(s("b"), s("a"), s("b")), TerraformType.set(TerraformType.STRING));
    assertThat(set.kind()).isEqualTo(ListValue.Kind.SET);
    assertThat(set.elements()).extracting(v -> ((StringValue) v).value()).containsExactly("a", "b");
    ListValue numbers = (ListValue) Conversions.convert(tuple(n("10"), n("9"), n("9.0")), TerraformType.set(TerraformType.NUMBER));
    assertThat(numbers.elements()).extracting(v -> ((NumberValue) v).value().intValue()).containsExactly(9, 10);
  }

  @Test
  void objectsConvertToMapsAndToObjectTypesWithOptionalAttributes() throws Exception {
    MapValue o = MapValue.object(Map.of("a", s("x"), "b", n("1")), R);
    MapValue m = (MapValue) Conversions.convert(o, TerraformType.map(TerraformType.STRING));
    assertThat(m.kind()).isEqualTo(MapValue.Kind.MAP);
    assertThat(((StringValue) m.get("b")).value()).isEqualTo("1");

    TerraformType.ObjectType type = new TerraformType.ObjectType(
        Map.of("a", TerraformType.STRING, "port", TerraformType.NUMBER, "tags", TerraformType.map(TerraformType.STRING)),
        Set.of("port", "tags"), Map.of("port", s("443")));
    MapValue converted = (MapValue) Conversions.convert(MapValue.object(Map.of("a", s("x"), "extra", s("y")), R), type);
    assertThat(converted.keys()).containsExactlyInAnyOrder("a", "port", "tags");
    assertThat(converted.get("port").sameAs(n("443"))).isTrue();
    assertThat(converted.get("tags")).isInstanceOf(NullValue.class);
    assertThatThrownBy(() -> Conversions.convert(MapValue.object(Map.of("port", n("1")), R), type))
        .hasMessage("attribute \"a\" is required");
  }

  @Test
  void convertedValuesKeepTheirRangeAndOrigin() throws Exception {
    Origin origin = Origin.of(new Origin.Step(Origin.Kind.TFVARS_FILE, "port", R));
    Value v = Conversions.convert(new StringValue("8080", R, origin), TerraformType.NUMBER);
    assertThat(v.origin()).isEqualTo(origin);
    assertThat(v.range()).isEqualTo(R);
  }

  @Test
  void unificationFollowsCty() {
    assertThat(TerraformType.unify(List.of(TerraformType.STRING, TerraformType.NUMBER))).isEqualTo(TerraformType.STRING);
    assertThat(TerraformType.unify(List.of(TerraformType.NUMBER, TerraformType.BOOL))).isNull();
    assertThat(TerraformType.unify(List.of(TerraformType.NUMBER, TerraformType.ANY))).isEqualTo(TerraformType.NUMBER);
    TerraformType a = new TerraformType.ObjectType(Map.of("x", TerraformType.NUMBER));
    TerraformType b = new TerraformType.ObjectType(Map.of("y", TerraformType.NUMBER));
    assertThat(TerraformType.unify(List.of(a, b))).isEqualTo(TerraformType.map(TerraformType.NUMBER));
  }

  @Test
  void parseNumberAcceptsOnlyDecimalNotation() {
    assertThat(Conversions.parseNumber("1e3")).isEqualByComparingTo("1000");
    assertThat(Conversions.parseNumber("+.5")).isEqualByComparingTo("0.5");
    assertThat(Conversions.parseNumber(" 1")).isNull();
    assertThat(Conversions.parseNumber("1_000")).isNull();
    assertThat(Conversions.parseNumber("Infinity")).isNull();
  }
}
