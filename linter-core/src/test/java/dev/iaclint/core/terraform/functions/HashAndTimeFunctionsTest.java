package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashAndTimeFunctionsTest extends FunctionTestSupport {

  @Test
  void hashesAreOfTheUtf8Bytes() throws Exception {
    assertThat(eval("md5", s("hello world"))).isEqualTo("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
    assertThat(eval("sha1", s("hello world"))).isEqualTo("\"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed\"");
    assertThat(eval("sha256", s("hello world")))
        .isEqualTo("\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\"");
    assertThat(eval("sha512", s("hello world"))).isEqualTo("\"309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3"
        + "ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f\"");
    assertThat(eval("base64sha256", s("hello world"))).isEqualTo("\"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=\"");
    assertThat(eval("base64sha512", s("hello world"))).isEqualTo(
        "\"MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==\"");
  }

  @Test
  void clockAndRandomFunctionsAreUnknownWithAReason() throws Exception {
    assertThat(eval("timestamp")).isEqualTo("unknown(timestamp() is evaluated at apply time)");
    assertThat(eval("plantimestamp")).startsWith("unknown(plantimestamp()");
    assertThat(eval("uuid")).startsWith("unknown(uuid()");
    assertThat(eval("bcrypt", s("pw"))).startsWith("unknown(bcrypt()");
    assertThat(eval("bcrypt", s("pw"), n(12))).startsWith("unknown(bcrypt()");
  }

  @Test
  void uuidv5IsComputed() throws Exception {
    assertThat(eval("uuidv5", s("dns"), s("www.terraform.io"))).isEqualTo("\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"");
    assertThat(eval("uuidv5", s("url"), s("https://www.terraform.io/")))
        .isEqualTo("\"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5\"");
    assertThat(eval("uuidv5", s("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), s("www.terraform.io")))
        .isEqualTo("\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"");
    assertError("uuidv5", s("nope"), s("x")).hasMessageContaining("\"dns\", \"url\", \"oid\", \"x500\"");
  }
}
