package dev.iaclint.rules.secrets;

import dev.iaclint.core.cloudformation.CloudFormationTemplates;
import dev.iaclint.core.compose.ComposeFiles;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.secrets.Base64Text;
import dev.iaclint.core.secrets.SecretDetector;
import dev.iaclint.core.secrets.SecretKind;
import dev.iaclint.core.secrets.SecretMasker;
import dev.iaclint.core.secrets.SecretMatch;
import dev.iaclint.core.secrets.SecretNames;
import dev.iaclint.core.secrets.SecretValues;
import dev.iaclint.core.secrets.SourceLocator;
import dev.iaclint.core.secrets.TokenFormats;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets in a YAML or JSON document: CloudFormation templates, Kubernetes manifests, compose
 * files, {@code elasticsearch.yml}, and any other YAML/JSON iaclint reads. The places with rules of
 * their own are checked first (user data, Kubernetes Secrets/ConfigMaps/env, password properties
 * and settings); then every string is scanned.
 */
final class DataDocumentSecrets {
  private static final Set<String> CFN_PASSWORD_PROPERTIES = Set.of("MasterUserPassword",
      "MasterPassword", "Password", "AdminPassword", "AdminUserPassword", "AuthToken");

  /** Words of Secret keys that hold no secret even inside a Kubernetes Secret. */
  private static final Set<String> NOT_SECRET_WORDS = Set.of("username", "user", "login", "host",
      "hostname", "port", "database", "db", "dbname", "endpoint", "region", "namespace", "url",
      "uri", "address", "email", "name", "type", "scheme", "path", "crt", "cert", "certificate",
      "pem", "ca", "pub", "public");

  /** CloudFormation properties that look secret by name and never are: the provider's ARN. */
  private static final Set<String> CFN_NEVER_SECRET = Set.of("ServiceToken");

  /** The kind of a Kubernetes object that has none. */
  private static final String UNNAMED_KIND = "Object";

  private final DataDocument doc;
  private final EnclosingResources resources;
  private final SecretReporter reporter = new SecretReporter();

  private DataDocumentSecrets(DataDocument doc, ResourceGraph graph) {
    this.doc = doc;
    this.resources = new EnclosingResources(graph, doc.file());
  }

  static List<SecretFinding> find(DataDocument doc, ResourceGraph graph) {
    DataDocumentSecrets s = new DataDocumentSecrets(doc, graph);
    for (Value root : doc.roots()) {
      s.root(root);
    }
    return s.reporter.findings();
  }

  private void root(Value root) {
    SourceFormat format = doc.format();
    if (format == SourceFormat.CLOUDFORMATION && root instanceof MapValue m) {
      cloudFormation(m);
    } else if (format == SourceFormat.KUBERNETES && root instanceof MapValue m) {
      kubernetes(m);
    } else if (format == SourceFormat.DOCKER_COMPOSE && root instanceof MapValue m) {
      compose(m);
    } else if (format == SourceFormat.ELASTICSEARCH_CONFIG && root instanceof MapValue m) {
      elasticsearchSettings(m, "", null, null);
    } else {
      walk(root, place(root.range(), ""));
    }
  }

  // ---- CloudFormation ----

  private void cloudFormation(MapValue template) {
    MapValue parameters = template.get("Parameters") instanceof MapValue p ? p : null;
    if (template.get("Resources") instanceof MapValue resourcesMap) {
      for (Map.Entry<String, Value> r : resourcesMap.entries().entrySet()) {
        SecretReporter.Place place = cfnResource(r.getKey(), r.getValue());
        cfnPasswords(r.getValue(), place, parameters);
        cfnUserData(r.getValue(), place);
      }
    }
    for (Map.Entry<String, Value> top : template.entries().entrySet()) {
      if (top.getKey().equals("Resources") && top.getValue() instanceof MapValue rs) {
        for (Map.Entry<String, Value> r : rs.entries().entrySet()) {
          walk(r.getValue(), cfnResource(r.getKey(), r.getValue()));
        }
      } else if (top.getKey().equals("Parameters") && top.getValue() instanceof MapValue ps) {
        for (Map.Entry<String, Value> p : ps.entries().entrySet()) {
          if (p.getValue() instanceof MapValue def && def.get("Default") != null) {
            walk(def.get("Default"), SecretReporter.Place.in(p.getKey(),
                CloudFormationTemplates.PARAMETER_TYPE, "Default", p.getKey()));
          }
        }
      } else {
        walk(top.getValue(), place(top.getValue().range(), top.getKey()).named(top.getKey()));
      }
    }
  }

  /** {@code MasterUserPassword} and friends anywhere in a resource: a literal, or a Ref that is not NoEcho. */
  private void cfnPasswords(Value v, SecretReporter.Place place, MapValue parameters) {
    if (v instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        SecretReporter.Place child = place.child(e.getKey());
        if (CFN_PASSWORD_PROPERTIES.contains(e.getKey())) {
          cfnPassword(e.getValue(), child, m.memberRange(e.getKey()), parameters);
        } else {
          cfnPasswords(e.getValue(), child, parameters);
        }
      }
    } else if (v instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        cfnPasswords(l.get(i), place.element(i), parameters);
      }
    }
  }

  private void cfnPassword(Value v, SecretReporter.Place place, SourceRange member, MapValue parameters) {
    if (v instanceof StringValue s) {
      if (!s.value().contains("{{resolve:")) {
        literalPassword(s, place, "");
      }
      return;
    }
    if (!(v instanceof MapValue m) || !(m.get("Ref") instanceof StringValue ref)) {
      return; // Fn::Sub, Fn::Join, Fn::GetAtt …: computed or resolved at deploy time
    }
    Value param = parameters == null ? null : parameters.get(ref.value());
    if (!(param instanceof MapValue def)) {
      return; // a Ref to a resource or a pseudo parameter
    }
    boolean noEcho = isTrue(def.get("NoEcho"));
    String type = def.get("Type") instanceof StringValue t ? t.value() : "";
    if (type.startsWith("AWS::SSM::Parameter::Value")) {
      return;
    }
    SecretReporter.Place paramPlace = SecretReporter.Place.in(ref.value(),
        CloudFormationTemplates.PARAMETER_TYPE, "Default", place.name());
    if (def.get("Default") instanceof StringValue d && SecretReporter.isLiteralCredential(d.value())) {
      literalPassword(d, paramPlace, noEcho
          ? " (the Default of NoEcho parameter '" + ref.value() + "', used by '" + place.name()
              + "' of " + place.resource() + ": NoEcho hides it in the console, not in the template)"
          : " (the Default of parameter '" + ref.value() + "', used by '" + place.name() + "' of "
              + place.resource() + ")");
      return;
    }
    if (!noEcho) {
      // A Ref holds no secret text: nothing to redact; the fingerprint hashes the parameter name.
      reporter.reportUnredacted(SecretRules.HARDCODED_PASSWORDS, member, "ref:" + ref.value(), place,
          "'" + place.name() + "' takes parameter '" + ref.value() + "', which is not NoEcho: the"
              + " password is shown in the console and by describe-stacks; use NoEcho or a"
              + " {{resolve:secretsmanager:…}} dynamic reference");
    }
  }

  private void cfnUserData(Value v, SecretReporter.Place place) {
    if (v instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        SecretReporter.Place child = place.child(e.getKey());
        if (e.getKey().equals("UserData")) {
          userData(e.getValue(), child);
        } else {
          cfnUserData(e.getValue(), child);
        }
      }
    } else if (v instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        cfnUserData(l.get(i), place.element(i));
      }
    }
  }

  /** Every string under a user-data value, decoded when it is a base64 literal. */
  private void userData(Value v, SecretReporter.Place place) {
    SecretReporter.Place owned = place.owned(SecretRules.USER_DATA, " in EC2 user data, which"
        + " anyone allowed to describe the instance, and every process on it, can read");
    walkDecoding(v, owned);
  }

  // ---- Kubernetes ----

  private void kubernetes(MapValue object) {
    String kind = string(object.get("kind"));
    SecretReporter.Place place = SecretReporter.Place.in(kubernetesName(object),
        kind == null ? UNNAMED_KIND : kind, "", "");
    if ("Secret".equals(kind)) {
      secretEntries(object.get("data"), place.child("data"), true);
      secretEntries(object.get("stringData"), place.child("stringData"), false);
    } else if ("ConfigMap".equals(kind) && object.get("data") instanceof MapValue data) {
      for (Map.Entry<String, Value> e : data.entries().entrySet()) {
        if (e.getValue() instanceof StringValue s) {
          plainTextEntry(s, place.child("data").child(e.getKey()), e.getKey(), "ConfigMap data");
        }
      }
    }
    String apiVersion = string(object.get("apiVersion"));
    kubernetesWalk(object, place, apiVersion != null && apiVersion.contains("k8s.elastic.co"));
  }

  private void kubernetesWalk(Value v, SecretReporter.Place place, boolean elastic) {
    if (v instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        SecretReporter.Place child = place.child(e.getKey());
        if (e.getKey().equals("env") && e.getValue() instanceof ListValue env) {
          containerEnv(env, child);
        } else if (elastic && e.getKey().equals("config") && e.getValue() instanceof MapValue config) {
          elasticsearchSettings(config, "", place, child.path());
        } else {
          kubernetesWalk(e.getValue(), child, elastic);
        }
      }
    } else if (v instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        kubernetesWalk(l.get(i), place.element(i), elastic);
      }
    } else {
      walk(v, place);
    }
  }

  /** {@code env: [{name: DB_PASSWORD, value: …}]}: a literal credential in a container's environment. */
  private void containerEnv(ListValue env, SecretReporter.Place place) {
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i) instanceof MapValue item && item.get("name") instanceof StringValue name
          && item.get("value") instanceof StringValue value) {
        plainTextEntry(value, place.element(i).child("value").named(name.value()), name.value(),
            "a container's environment");
      }
      walk(env.get(i), place.element(i));
    }
  }

  /**
   * A ConfigMap entry or an environment variable: a literal under a secret-like name is a
   * credential in plain text whatever its entropy; a longer text (an embedded file) is scanned.
   */
  private void plainTextEntry(StringValue s, SecretReporter.Place place, String name, String what) {
    SecretReporter.Place owned = place.owned(SecretRules.KUBERNETES_PLAINTEXT,
        " in " + what + ", in plain text; use a Secret (secretKeyRef) instead");
    String v = s.value().strip();
    List<SecretMatch> found = SecretDetector.scan(s.value(), name);
    if (!found.isEmpty()) {
      reporter.matches(found, s.value(), s.range(), false, owned);
      return;
    }
    if (SecretNames.isSecretName(name) && SecretReporter.isLiteralCredential(v) && !v.contains("\n")
        && !SecretValues.isNonSecretShape(v)) {
      SourceRange at = SourceLocator.locate(s.range(), s.value(), s.value().indexOf(v),
          s.value().indexOf(v) + v.length());
      reporter.report(SecretRules.KUBERNETES_PLAINTEXT, at, v, owned,
          "'" + name + "' holds a credential " + SecretMasker.mask(v) + owned.where(), null);
    }
  }

  /**
   * A committed Secret: base64 in {@code data} is an encoding, not encryption. One finding per
   * entry that holds a credential; an entry holding a whole file is scanned like any text.
   */
  private void secretEntries(Value entries, SecretReporter.Place place, boolean base64) {
    if (!(entries instanceof MapValue m)) {
      return;
    }
    String where = " committed in a Kubernetes Secret manifest"
        + (base64 ? " (base64 is an encoding, not encryption)" : "")
        + "; keep Secrets out of the repository (sealed-secrets, external-secrets, a vault)";
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      if (!(e.getValue() instanceof StringValue s)) {
        continue;
      }
      String key = e.getKey();
      SecretReporter.Place entry = place.child(key).owned(SecretRules.KUBERNETES_PLAINTEXT, where);
      String text;
      if (base64) {
        Optional<byte[]> bytes = Base64Text.decodeBytes(s.value());
        if (bytes.isEmpty()) {
          continue;
        }
        Optional<String> decoded = Base64Text.decodeText(s.value());
        text = decoded.orElse(null);
        if (text == null) {
          // Binary (a keystore, a DER key): a credential unless it is named as a certificate.
          if (!isNotSecretEntry(key)) {
            reporter.report(SecretRules.KUBERNETES_PLAINTEXT, s.range(), s.value(), entry,
                "'" + key + "' holds binary secret data " + SecretMasker.mask(s.value()) + where, null);
          }
          reporter.claim(s.range());
          continue;
        }
      } else {
        text = s.value();
      }
      judgeSecretEntry(s, text, key, entry, base64);
      reporter.claim(s.range());
    }
  }

  private void judgeSecretEntry(StringValue s, String text, String key, SecretReporter.Place entry,
      boolean decoded) {
    String t = text.strip();
    if (t.contains("\n")) {
      // A whole file (a pipeline, a config, a key): report what is in it.
      List<SecretMatch> found = SecretDetector.scan(text, key);
      reporter.matches(found, text, s.range(), decoded, entry);
      return;
    }
    if (isNotSecretEntry(key) || !SecretReporter.isLiteralCredential(t) || SecretValues.isNonSecretShape(t) && TokenFormats.find(t).isEmpty()) {
      return;
    }
    Optional<SecretKind> kind = TokenFormats.kindOf(t);
    SourceRange at = decoded ? s.range()
        : SourceLocator.locate(s.range(), s.value(), s.value().indexOf(t), s.value().indexOf(t) + t.length());
    String what = kind.map(k -> SecretReporter.article(k.label()) + " " + k.label()).orElse("a credential");
    reporter.report(SecretRules.KUBERNETES_PLAINTEXT, at, t, entry,
        "'" + key + "' holds " + what + " " + SecretMasker.mask(t, kind.orElse(null))
            + entry.where(), null);
  }

  /**
   * A Secret entry that names a user, a host, a certificate … rather than a credential:
   * {@code username}, {@code node.session.auth.username_in}, {@code azurestorageaccountname},
   * {@code ca.crt}. Secret-like names always count.
   */
  static boolean isNotSecretEntry(String key) {
    if (SecretNames.isSecretName(key)) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT);
    if (k.endsWith("name") || k.endsWith("user") || k.endsWith("username")) {
      return true;
    }
    for (String w : SecretNames.words(key)) {
      if (NOT_SECRET_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String kubernetesName(MapValue object) {
    String kind = string(object.get("kind"));
    String name = null;
    String namespace = null;
    if (object.get("metadata") instanceof MapValue meta) {
      name = string(meta.get("name"));
      namespace = string(meta.get("namespace"));
    }
    if (kind == null) {
      kind = UNNAMED_KIND;
    }
    if (name == null) {
      return kind;
    }
    return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  // ---- docker-compose ----

  private void compose(MapValue file) {
    if (file.get("services") instanceof MapValue services) {
      for (Map.Entry<String, Value> svc : services.entries().entrySet()) {
        SecretReporter.Place place = SecretReporter.Place.in("services." + svc.getKey(),
            ComposeFiles.SERVICE_TYPE, "", "");
        if (svc.getValue() instanceof MapValue service) {
          composeEnvironment(service.get("environment"), place.child("environment"));
        }
        walk(svc.getValue(), place);
      }
    }
    for (Map.Entry<String, Value> top : file.entries().entrySet()) {
      if (!top.getKey().equals("services")) {
        walk(top.getValue(), place(top.getValue().range(), top.getKey()).named(top.getKey()));
      }
    }
  }

  /** {@code environment:} as a map ({@code KEY: value}) or a list ({@code - KEY=value}). */
  private void composeEnvironment(Value env, SecretReporter.Place place) {
    if (env instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        if (e.getValue() instanceof StringValue s) {
          environmentVariable(e.getKey(), s, s.value(), 0, place.child(e.getKey()));
        }
      }
    } else if (env instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) instanceof StringValue s && s.value().indexOf('=') > 0) {
          int eq = s.value().indexOf('=');
          String name = s.value().substring(0, eq).strip();
          environmentVariable(name, s, s.value().substring(eq + 1), eq + 1, place.element(i).named(name));
        }
      }
    }
  }

  private void environmentVariable(String name, StringValue s, String value, int offset,
      SecretReporter.Place place) {
    SecretReporter.Place named = place.named(name);
    if (isElasticsearchPasswordSetting(name)) {
      if (SecretReporter.isLiteralCredential(value.strip())) {
        literalPasswordAt(s, offset, value, named, " (Elasticsearch setting passed through the"
            + " environment; put it in the keystore as its secure_ variant)");
      }
      return;
    }
    List<SecretMatch> found = SecretDetector.scan(value, name);
    List<SecretMatch> shifted = found.stream().map(m -> m.shift(offset)).toList();
    reporter.matches(shifted, s.value(), s.range(), false, named);
  }

  // ---- elasticsearch.yml (also ECK config) ----

  /**
   * Settings, nested or dotted ({@code xpack: security: …} or {@code xpack.security…}). Password
   * settings with a literal value are IAC-SECRET-007 (Elasticsearch wants them in the keystore, as
   * {@code secure_bind_password} and friends); every other string is scanned under its key.
   * In a settings file each setting key names the resource; in a Kubernetes object's {@code
   * config} ({@code owner}) the object does.
   */
  private void elasticsearchSettings(MapValue m, String prefix, SecretReporter.Place owner,
      String basePath) {
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      Value v = e.getValue();
      if (v instanceof MapValue nested) {
        elasticsearchSettings(nested, key, owner, basePath);
        continue;
      }
      SecretReporter.Place place = owner != null
          ? SecretReporter.Place.in(owner.resource(), owner.resourceType(), basePath + "." + key, key)
          : SecretReporter.Place.in(key, settingsFileType(), "", key);
      if (v instanceof StringValue s && isElasticsearchPasswordSetting(key)) {
        if (SecretReporter.isLiteralCredential(s.value().strip())) {
          literalPassword(s, place, "; Elasticsearch reads it from the keystore as "
              + secureVariant(key));
        }
        continue;
      }
      walk(v, place);
    }
  }

  static boolean isElasticsearchPasswordSetting(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (!(k.startsWith("xpack.") || k.startsWith("plugins.security") || k.startsWith("opendistro")
        || k.startsWith("elasticsearch.") || k.startsWith("s3.client") || k.startsWith("gcs.client")
        || k.startsWith("azure.client") || k.startsWith("cluster.") || k.startsWith("transport.")
        || k.startsWith("http.") || k.startsWith("reindex."))) {
      return false;
    }
    String last = k.substring(k.lastIndexOf('.') + 1);
    return last.equals("bind_password") || last.equals("password") || last.equals("key_passphrase")
        || last.equals("keystore.password") || k.endsWith("keystore.password")
        || k.endsWith("truststore.password") || k.endsWith("keystore.key_password");
  }

  private static String secureVariant(String key) {
    int dot = key.lastIndexOf('.');
    String last = key.substring(dot + 1);
    if (key.endsWith("keystore.password") || key.endsWith("truststore.password")) {
      return key.substring(0, key.length() - "password".length()) + "secure_password";
    }
    return key.substring(0, dot + 1) + "secure_" + last;
  }

  // ---- shared ----

  /** A literal in a password attribute: IAC-SECRET-007 whatever its entropy. */
  private void literalPassword(StringValue s, SecretReporter.Place place, String why) {
    literalPasswordAt(s, 0, s.value(), place, why);
  }

  private void literalPasswordAt(StringValue s, int offset, String value, SecretReporter.Place place,
      String why) {
    reporter.literalPassword(s.range(), s.value(), offset, value, place, why);
  }

  /** Every string below {@code v}, decoding base64 literals (user data written as base64). */
  private void walkDecoding(Value v, SecretReporter.Place place) {
    if (v instanceof StringValue s) {
      reporter.decodingBase64(s.range(), s.value(), place);
    } else if (v instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        // Fn::Base64 / Fn::Sub / Fn::Join keep the user-data name for their strings.
        SecretReporter.Place child = e.getKey().startsWith("Fn::") ? place : place.child(e.getKey());
        walkDecoding(e.getValue(), child);
      }
    } else if (v instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        walkDecoding(l.get(i), place.element(i));
      }
    }
  }

  /** The general walk: every string, under the name it is assigned to. */
  private void walk(Value v, SecretReporter.Place place) {
    if (v instanceof StringValue s) {
      reporter.matches(SecretDetector.scan(s.value(), place.name()), s.value(), s.range(), false, place);
    } else if (v instanceof MapValue m) {
      // {name: X, value: Y} / {Name: X, Value: Y}: Y is assigned to X (ECS, CodeBuild, env lists).
      String pairName = string(m.get("name")) != null ? string(m.get("name")) : string(m.get("Name"));
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        if (doc.format() == SourceFormat.CLOUDFORMATION && CFN_NEVER_SECRET.contains(e.getKey())) {
          continue;
        }
        SecretReporter.Place child = place.child(e.getKey());
        if (pairName != null && (e.getKey().equals("value") || e.getKey().equals("Value"))) {
          child = child.named(pairName);
        }
        walk(e.getValue(), child);
      }
    } else if (v instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), place.element(i));
      }
    }
  }

  /** A place outside any special context: the enclosing graph node, else the file. */
  private SecretReporter.Place place(SourceRange range, String path) {
    Node node = resources.nodeOf(range);
    return node != null ? SecretReporter.Place.in(node.address(), node.type(), path, "")
        : SecretReporter.Place.in(doc.file().displayPath(), SecretReporter.Place.FILE, path, "");
  }

  /**
   * A template resource, of the type it declares (a resource without a Type string, which the
   * loader reports, is of type {@code resource}).
   */
  private static SecretReporter.Place cfnResource(String logicalId, Value resource) {
    String type = resource instanceof MapValue m ? string(m.get("Type")) : null;
    return SecretReporter.Place.in(logicalId, type != null ? type : "resource", "", logicalId);
  }

  /** The type of this {@code elasticsearch.yml} or {@code opensearch.yml}: its node's. */
  private String settingsFileType() {
    for (Value root : doc.roots()) {
      Node node = resources.nodeOf(root.range());
      if (node != null) {
        return node.type();
      }
    }
    return SecretReporter.Place.FILE;
  }

  private static boolean isTrue(Value v) {
    return v instanceof BoolValue b && b.value()
        || v instanceof StringValue s && s.value().equalsIgnoreCase("true");
  }

  private static String string(Value v) {
    return v instanceof StringValue s ? s.value() : null;
  }
}
