package dev.iaclint.core.terraform;

import dev.iaclint.core.terraform.TerraformType.Any;
import dev.iaclint.core.terraform.TerraformType.ListType;
import dev.iaclint.core.terraform.TerraformType.MapType;
import dev.iaclint.core.terraform.TerraformType.ObjectType;
import dev.iaclint.core.terraform.TerraformType.Primitive;
import dev.iaclint.core.terraform.TerraformType.SetType;
import dev.iaclint.core.terraform.TerraformType.TupleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** cty's type unification and convertibility, over {@link TerraformType}. */
final class Unification {
  private Unification() {
  }

  static TerraformType unify(List<TerraformType> types) {
    if (types.isEmpty()) {
      return TerraformType.ANY;
    }
    TerraformType first = types.get(0);
    if (types.stream().allMatch(first::equals)) {
      return first;
    }
    int maps = 0;
    int lists = 0;
    int sets = 0;
    int objects = 0;
    int tuples = 0;
    int dynamics = 0;
    for (TerraformType t : types) {
      if (t instanceof MapType) {
        maps++;
      } else if (t instanceof ListType) {
        lists++;
      } else if (t instanceof SetType) {
        sets++;
      } else if (t instanceof ObjectType) {
        objects++;
      } else if (t instanceof TupleType) {
        tuples++;
      } else if (t instanceof Any) {
        dynamics++;
      }
    }
    int n = types.size();
    if (dynamics == n) {
      return TerraformType.ANY;
    }
    if (maps > 0 && maps + dynamics == n) {
      return collection(types, MapType.class, TerraformType::map);
    }
    if (maps > 0 && maps + objects + dynamics == n) {
      return objectsAsMap(types);
    }
    if (lists > 0 && lists + dynamics == n) {
      return collection(types, ListType.class, TerraformType::list);
    }
    if (sets > 0 && sets + dynamics == n) {
      return collection(types, SetType.class, TerraformType::set);
    }
    if (objects > 0 && objects + dynamics == n) {
      return dynamics > 0 ? TerraformType.ANY : unifyObjects(types);
    }
    if (tuples > 0 && tuples + dynamics == n) {
      return dynamics > 0 ? TerraformType.ANY : unifyTuples(types);
    }
    if (objects > 0 && tuples > 0) {
      return null;
    }
    // Otherwise: the first candidate, in preference order, that every type converts to.
    List<TerraformType> candidates = new ArrayList<>();
    if (types.contains(TerraformType.STRING)) {
      candidates.add(TerraformType.STRING);
    }
    for (TerraformType t : types) {
      if (!(t instanceof Any) && !candidates.contains(t)) {
        candidates.add(t);
      }
    }
    for (TerraformType want : candidates) {
      if (types.stream().allMatch(t -> convertible(t, want))) {
        return want;
      }
    }
    return null;
  }

  private static TerraformType collection(List<TerraformType> types, Class<? extends TerraformType> kind,
      java.util.function.Function<TerraformType, TerraformType> make) {
    List<TerraformType> elements = new ArrayList<>();
    for (TerraformType t : types) {
      if (kind.isInstance(t)) {
        elements.add(elementOf(t));
      }
    }
    TerraformType e = unify(elements);
    return e == null ? null : make.apply(e);
  }

  private static TerraformType elementOf(TerraformType t) {
    if (t instanceof ListType l) {
      return l.element();
    } else if (t instanceof SetType s) {
      return s.element();
    } else if (t instanceof MapType m) {
      return m.element();
    }
    return TerraformType.ANY;
  }

  private static TerraformType objectsAsMap(List<TerraformType> types) {
    List<TerraformType> elements = new ArrayList<>();
    for (TerraformType t : types) {
      if (t instanceof MapType m) {
        elements.add(m.element());
      } else if (t instanceof ObjectType o) {
        elements.addAll(o.attributes().values());
      }
    }
    TerraformType e = unify(elements);
    return e == null ? null : TerraformType.map(e);
  }

  private static TerraformType unifyObjects(List<TerraformType> types) {
    ObjectType first = (ObjectType) types.get(0);
    for (TerraformType t : types) {
      if (!((ObjectType) t).attributes().keySet().equals(first.attributes().keySet())) {
        return objectsAsMap(types);
      }
    }
    Map<String, TerraformType> attrs = new LinkedHashMap<>();
    for (String name : first.attributes().keySet()) {
      List<TerraformType> ts = new ArrayList<>();
      for (TerraformType t : types) {
        ts.add(((ObjectType) t).attributes().get(name));
      }
      TerraformType u = unify(ts);
      if (u == null) {
        return null;
      }
      attrs.put(name, u);
    }
    return new ObjectType(attrs);
  }

  private static TerraformType unifyTuples(List<TerraformType> types) {
    int len = ((TupleType) types.get(0)).elements().size();
    for (TerraformType t : types) {
      if (((TupleType) t).elements().size() != len) {
        return null;
      }
    }
    List<TerraformType> elements = new ArrayList<>();
    for (int i = 0; i < len; i++) {
      List<TerraformType> ts = new ArrayList<>();
      for (TerraformType t : types) {
        ts.add(((TupleType) t).elements().get(i));
      }
      TerraformType u = unify(ts);
      if (u == null) {
        return null;
      }
      elements.add(u);
    }
    return new TupleType(elements);
  }

  static boolean convertible(TerraformType from, TerraformType to) {
    if (from instanceof Any || to instanceof Any || from.equals(to)) {
      return true;
    }
    if (from instanceof Primitive p && to instanceof Primitive q) {
      // string <-> number and string <-> bool convert (and may fail at run time); number <-> bool never.
      return p == Primitive.STRING || q == Primitive.STRING;
    }
    if (to instanceof ListType || to instanceof SetType) {
      TerraformType e = elementOf(to);
      if (from instanceof TupleType t) {
        return e instanceof Any ? unify(t.elements()) != null : t.elements().stream().allMatch(x -> convertible(x, e));
      }
      if (from instanceof ListType || from instanceof SetType) {
        return convertible(elementOf(from), e);
      }
      return false;
    }
    if (to instanceof MapType m) {
      if (from instanceof ObjectType o) {
        return m.element() instanceof Any
            ? unify(new ArrayList<>(o.attributes().values())) != null
            : o.attributes().values().stream().allMatch(x -> convertible(x, m.element()));
      }
      return from instanceof MapType fm && convertible(fm.element(), m.element());
    }
    if (to instanceof ObjectType o) {
      if (from instanceof ObjectType fo) {
        for (Map.Entry<String, TerraformType> a : o.attributes().entrySet()) {
          TerraformType have = fo.attributes().get(a.getKey());
          if (have == null ? !o.optional().contains(a.getKey()) : !convertible(have, a.getValue())) {
            return false;
          }
        }
        return true;
      }
      if (from instanceof MapType fm) {
        return o.attributes().values().stream().allMatch(x -> convertible(fm.element(), x));
      }
      return false;
    }
    if (to instanceof TupleType t) {
      if (from instanceof TupleType ft && ft.elements().size() == t.elements().size()) {
        for (int i = 0; i < t.elements().size(); i++) {
          if (!convertible(ft.elements().get(i), t.elements().get(i))) {
            return false;
          }
        }
        return true;
      }
      return false;
    }
    return false;
  }
}
