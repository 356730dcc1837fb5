package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlFormatsTest {
  private final ReportFixtures fixtures = new ReportFixtures();

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junitCountsFailuresSkipsErrorsAndPassedChecks() throws Exception {
    Document doc = parse(render(ReportFormat.JUNIT, fixtures.result(), ReportFixtures.context()));
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    // 4 findings (1 suppressed) + 1 undecided + 1 passed + 1 input error
    assertThat(suites.getAttribute("tests")).isEqualTo("7");
    assertThat(suites.getAttribute("failures")).isEqualTo("3");
    assertThat(suites.getAttribute("skipped")).isEqualTo("2");
    assertThat(suites.getAttribute("errors")).isEqualTo("1");
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(7);
  }

  @Test
  void junitFailureCarriesMessageAndLocation() throws Exception {
    Document doc = parse(render(ReportFormat.JUNIT, fixtures.result(), ReportFixtures.context()));
    NodeList failures = doc.getElementsByTagName("failure");
    Element enc = null;
    for (int i = 0; i < failures.getLength(); i++) {
      Element e = (Element) failures.item(i);
      if (e.getTextContent().contains("IAC-AWS-ES-002")) {
        enc = e;
      }
    }
    assertThat(enc).isNotNull();
    assertThat(enc.getAttribute("message")).isEqualTo("encrypt_at_rest.enabled is false (infra/main.tf:4:5)");
    assertThat(enc.getAttribute("type")).isEqualTo("HIGH");
    assertThat(enc.getTextContent()).contains("at infra/main.tf:4:5", "fix: Set encrypt_at_rest");
    Element testcase = (Element) enc.getParentNode();
    assertThat(testcase.getAttribute("classname")).isEqualTo("IAC-AWS-ES-002");
    assertThat(testcase.getAttribute("name")).isEqualTo("aws_opensearch_domain.logs [encrypt_at_rest.enabled]");
    assertThat(testcase.getAttribute("file")).isEqualTo("infra/main.tf");
  }

  @Test
  void junitShowsAPassedCheckAsAPassingTestCase() throws Exception {
    Document doc = parse(render(ReportFormat.JUNIT, fixtures.result(), ReportFixtures.context()));
    NodeList cases = doc.getElementsByTagName("testcase");
    boolean found = false;
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("classname").equals("IAC-AWS-ES-004")) {
        found = true;
        assertThat(c.getChildNodes().getLength()).isZero();
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void checkstyleListsUnsuppressedFindingsAndInputErrorsPerFile() throws Exception {
    Document doc = parse(render(ReportFormat.CHECKSTYLE, fixtures.result(), ReportFixtures.context()));
    NodeList files = doc.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(2);
    assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo("infra/broken.tf");
    Element main = (Element) files.item(1);
    assertThat(main.getAttribute("name")).isEqualTo("infra/main.tf");
    NodeList errors = main.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(3);
    Element enc = (Element) errors.item(1);
    assertThat(enc.getAttribute("line")).isEqualTo("4");
    assertThat(enc.getAttribute("column")).isEqualTo("5");
    assertThat(enc.getAttribute("severity")).isEqualTo("error");
    assertThat(enc.getAttribute("source")).isEqualTo("iaclint.IAC-AWS-ES-002");
    assertThat(((Element) errors.item(0)).getAttribute("severity")).isEqualTo("info");
  }

  @Test
  void xmlTextLosesCharactersXmlCannotHold() {
    assertThat(XmlOutput.clean("a\u0001b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
  }
}
