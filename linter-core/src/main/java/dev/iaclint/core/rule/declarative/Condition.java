package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A declarative condition, evaluated in three-valued logic (an unknown input makes the answer
 * unknown unless the known parts decide it).
 *
 * <p>When a combination is decided by several parts at once (an {@code and} that holds, an
 * {@code or} that fails), its evidence is that of the most specific part, the last one among
 * equals: write the condition that names the problem last.
 */
sealed interface Condition {

  Outcome evaluate(Scope scope);

  /** {@code and: [...]}. */
  record AllOf(List<Condition> conditions) implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      List<Outcome> held = new ArrayList<>();
      Outcome unknown = null;
      for (Condition c : conditions) {
        Outcome o = c.evaluate(scope);
        if (o.isFalse()) {
          return o;
        }
        if (o.isUnknown()) {
          unknown = unknown == null ? o : unknown;
        } else {
          held.add(o);
        }
      }
      return unknown != null ? unknown : Outcome.of(true, mostSpecific(held));
    }
  }

  /** {@code or: [...]}. */
  record AnyOf(List<Condition> conditions) implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      List<Outcome> failed = new ArrayList<>();
      Outcome unknown = null;
      for (Condition c : conditions) {
        Outcome o = c.evaluate(scope);
        if (o.isTrue()) {
          return o;
        }
        if (o.isUnknown()) {
          unknown = unknown == null ? o : unknown;
        } else {
          failed.add(o);
        }
      }
      return unknown != null ? unknown : Outcome.of(false, mostSpecific(failed));
    }
  }

  /** {@code not: ...}. */
  record Not(Condition condition) implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      return condition.evaluate(scope).negate();
    }
  }

  /**
   * {@code path: P, <operator>: X}: a test on the value(s) at a path. A path that finds several
   * values (a name applied to repeated blocks) holds when the test holds for each.
   *
   * @param whenAbsent the documented default used when the attribute is absent, or {@code null}
   * @param whenComputed the answer for a value the provider computes and always sets (a resource's
   *     id or ARN, known only after apply), or {@code null} to use the operator's own
   */
  record PathTest(AttributePath path, Operator operator, Value whenAbsent, Boolean whenComputed)
      implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      List<Evidence> failed = new ArrayList<>();
      List<Evidence> held = new ArrayList<>();
      Outcome unknown = null;
      for (Slot slot : path.resolve(scope.value(), scope.path(), scope.location(), scope.header())) {
        Outcome o = test(slot);
        if (o.isFalse()) {
          failed.addAll(o.evidence());
        } else if (o.isUnknown()) {
          unknown = unknown == null ? o : unknown;
        } else {
          held.addAll(o.evidence());
        }
      }
      if (!failed.isEmpty()) {
        return Outcome.of(false, failed);
      }
      return unknown != null ? unknown : Outcome.of(true, held);
    }

    private Outcome test(Slot slot) {
      String name = slot.path().isEmpty() ? "the resource" : slot.path();
      if (slot.isUnknown()) {
        Boolean present = !slot.unknown().present() ? null
            : whenComputed != null ? whenComputed : operator.presentUnknown();
        if (present != null) {
          return Outcome.of(present, new Evidence(slot.location(), slot.path(), name + " is set ("
              + slot.unknown().reason() + ")", List.of(), "", operator.specificity()));
        }
        String partialText = slot.unknown().partialText();
        Boolean partial = partialText == null ? null : operator.testPartial(partialText);
        if (partial != null) {
          return Outcome.of(partial, new Evidence(slot.location(), slot.path(),
              operator.describe(slot.path(), slot.value(), partial), slot.related(), slot.originNote(),
              operator.specificity()));
        }
        return Outcome.unknown(name + " is not known: " + slot.unknown().reason(), slot.location());
      }
      if (slot.isAbsent()) {
        if (whenAbsent != null) {
          boolean r = operator.test(whenAbsent);
          return Outcome.of(r, new Evidence(slot.location(), slot.path(),
              name + " is not set (default: " + whenAbsent.render() + ")", List.of(), "", Evidence.MISSING));
        }
        return Outcome.of(operator.absent(),
            new Evidence(slot.location(), slot.path(), name + " is not set", List.of(), "", Evidence.MISSING));
      }
      UnknownValue input = operator.unknownInput(slot.value());
      if (input != null) {
        return Outcome.unknown(name + " is not fully known: " + input.reason(), slot.location());
      }
      boolean r = operator.test(slot.value());
      return Outcome.of(r, new Evidence(slot.location(), slot.path(),
          operator.describe(slot.path(), slot.value(), r), slot.related(), slot.originNote(),
          operator.specificity()));
    }
  }

  /** {@code any} / {@code all} / {@code none}. */
  enum Quantifier { ANY, ALL, NONE }

  /**
   * {@code path: P, any|all|none: COND}: COND is evaluated on each element of the list at P (a
   * map or scalar there is one element), with paths in COND relative to the element.
   */
  record PathQuantifier(AttributePath path, Quantifier quantifier, Condition condition) implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      List<Slot> slots = path.resolve(scope.value(), scope.path(), scope.location(), scope.header());
      List<Scope> elements = new ArrayList<>();
      Outcome unknown = null;
      Slot present = null;
      for (Slot slot : slots) {
        if (slot.isUnknown()) {
          unknown = unknown == null ? Outcome.unknown(slot.path() + " is not known: " + slot.unknown().reason(),
              slot.location()) : unknown;
          continue;
        }
        if (slot.isAbsent()) {
          continue;
        }
        present = present == null ? slot : present;
        if (slot.value() instanceof ListValue list) {
          for (int i = 0; i < list.size(); i++) {
            Value e = list.get(i);
            if (e instanceof UnknownValue u) {
              unknown = unknown == null ? Outcome.unknown(slot.path() + "[" + i + "] is not known: " + u.reason(),
                  e.range()) : unknown;
            } else if (!(e instanceof dev.iaclint.core.value.NullValue)) {
              elements.add(scope.element(e, slot.path() + "[" + i + "]", e.range()));
            }
          }
        } else {
          elements.add(scope.element(slot.value(), slot.path(), slot.location()));
        }
      }
      Slot where = present != null ? present : slots.get(0);
      String name = where.path().isEmpty() ? "the resource" : where.path();
      Evidence whole = present != null
          ? new Evidence(Ranges.firstLine(where.location()), where.path(),
              elements.isEmpty() ? name + " is empty" : name, List.of(), "", Evidence.ELEMENT)
          : new Evidence(where.location(), where.path(), name + " is not set", List.of(), "", Evidence.MISSING);
      return quantify(quantifier, condition, elements, unknown, whole, name);
    }
  }

  /** Which linked resources a {@link LinkQuantifier} ranges over. */
  enum Relation {
    /** Split-out parts of this resource ({@code PART_OF} edges into it). */
    PARTS,
    /** The resources this one is a split-out part of. */
    WHOLES,
    /** The nodes this one refers to. */
    REFERENCES,
    /** The nodes that refer to this one. */
    REFERENCED_BY
  }

  /**
   * {@code parts|wholes|references|referencedBy: [types], any|all|none: COND}: COND is evaluated
   * on each linked node of those types, with paths relative to its configuration.
   */
  record LinkQuantifier(Relation relation, Set<String> types, Quantifier quantifier, Condition condition)
      implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      List<Node> linked = switch (relation) {
        case PARTS -> scope.context().graph().parts(scope.node(), types.toArray(String[]::new));
        case WHOLES -> filter(scope.context().graph().wholes(scope.node()));
        case REFERENCES -> filter(scope.context().graph().referencedBy(scope.node()));
        case REFERENCED_BY -> filter(scope.context().graph().referencing(scope.node()));
      };
      List<Scope> elements = new ArrayList<>();
      for (Node n : linked) {
        elements.add(scope.linked(n));
      }
      String name = "linked " + String.join("/", types.stream().sorted().toList());
      Evidence whole = new Evidence(scope.header(), "", (linked.isEmpty() ? "no " : "") + name,
          List.of(), "", Evidence.MISSING);
      return quantify(quantifier, condition, elements, null, whole, name);
    }

    private List<Node> filter(List<Node> nodes) {
      return types.isEmpty() ? nodes : nodes.stream().filter(n -> types.contains(n.type())).toList();
    }
  }

  /** A condition that always holds: what {@code exists} quantifies with. */
  record Always() implements Condition {
    @Override
    public Outcome evaluate(Scope scope) {
      String name = scope.path().isEmpty() ? scope.node().address() : scope.path();
      return Outcome.of(true, new Evidence(scope.header(), scope.path(), name, List.of(), "", Evidence.ELEMENT));
    }
  }

  private static Outcome quantify(Quantifier quantifier, Condition condition, List<Scope> elements,
      Outcome unknown, Evidence whole, String name) {
    List<Evidence> held = new ArrayList<>();
    List<Evidence> failed = new ArrayList<>();
    for (Scope element : elements) {
      Outcome o = condition.evaluate(element);
      if (o.isTrue()) {
        held.addAll(o.evidence());
      } else if (o.isFalse()) {
        failed.addAll(o.evidence());
      } else if (unknown == null) {
        unknown = o;
      }
    }
    return switch (quantifier) {
      case ANY -> !held.isEmpty() ? Outcome.of(true, held)
          : unknown != null ? unknown
          : Outcome.of(false, describe(whole, elements.isEmpty() ? null : " has no matching entry"));
      case ALL -> !failed.isEmpty() ? Outcome.of(false, failed)
          : unknown != null ? unknown
          : Outcome.of(true, describe(whole, elements.isEmpty() ? null : ": every entry matches"));
      case NONE -> !held.isEmpty() ? Outcome.of(false, held)
          : unknown != null ? unknown
          : Outcome.of(true, describe(whole, elements.isEmpty() ? null : " has no matching entry"));
    };
  }

  private static Evidence describe(Evidence whole, String suffix) {
    return suffix == null ? whole : new Evidence(whole.location(), whole.path(), whole.description() + suffix,
        whole.related(), whole.originNote(), whole.specificity());
  }

  /** The evidence of the most specific outcome, the last among equals. */
  private static List<Evidence> mostSpecific(List<Outcome> outcomes) {
    Outcome best = null;
    for (Outcome o : outcomes) {
      if (best == null || o.specificity() >= best.specificity()) {
        best = o;
      }
    }
    return best == null ? List.of() : best.evidence();
  }
}
