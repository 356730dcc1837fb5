package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's parameter table of {@code iaclint:check} is the goal's generated descriptor: the
 * same parameters, each with its user property and its default, so the documentation cannot drift
 * from the mojo.
 */
class ReadmeParametersTest {
  private static final Path REPO = Path.of(System.getProperty("iaclint.repoRoot", ".."));
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

  /** name → {property, default} of the check goal's user-settable parameters. */
  private static Map<String, List<String>> descriptorParameters() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    NodeList mojos = doc.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (!text(mojo, "goal").equals("check")) {
        continue;
      }
      Map<String, List<String>> result = new TreeMap<>();
      NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
          .getElementsByTagName("parameter");
      Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
      for (int j = 0; j < parameters.getLength(); j++) {
        Element p = (Element) parameters.item(j);
        if (text(p, "editable").equals("false")) {
          continue;
        }
        String name = text(p, "name");
        Element conf = (Element) configuration.getElementsByTagName(name).item(0);
        String property = conf.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
        result.put(name, List.of(property, conf.getAttribute("default-value")));
      }
      return result;
    }
    throw new AssertionError("no check goal in " + DESCRIPTOR);
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }

  /** name → {property, default} from the README's table under "| parameter | property | default |". */
  private static Map<String, List<String>> readmeParameters() throws Exception {
    List<String> lines = Files.readAllLines(REPO.resolve("README.md"));
    int header = lines.indexOf("| parameter | property | default | what it does |");
    assertThat(header).as("the parameter table in the README").isNotNegative();
    Map<String, List<String>> result = new TreeMap<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      result.put(cells[1].strip().replace("`", ""),
          List.of(cells[2].strip().replace("`", ""), cells[3].strip()));
    }
    return result;
  }

  @Test
  void theReadmeTableListsEveryParameterWithItsUserPropertyAndDefault() throws Exception {
    Map<String, List<String>> mojo = descriptorParameters();
    Map<String, List<String>> readme = readmeParameters();
    assertThat(readme.keySet()).isEqualTo(mojo.keySet());
    mojo.forEach((name, d) -> {
      assertThat(readme.get(name).get(0)).as("property of " + name).isEqualTo(d.get(0));
      if (!d.get(1).isEmpty()) {
        assertThat(readme.get(name).get(1)).as("default of " + name).contains("`" + d.get(1) + "`");
      }
    });
  }
}
