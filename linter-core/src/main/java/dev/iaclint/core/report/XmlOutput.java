package dev.iaclint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting wrapper over the JDK's {@link XMLStreamWriter}: escaping is the JDK's, and text
 * is stripped of characters XML 1.0 cannot hold (a control character in a message would otherwise
 * make the whole report unreadable).
 */
final class XmlOutput implements AutoCloseable {
  private final XMLStreamWriter xml;
  private final Writer out;
  /** One entry per open element: whether it has child elements (then its end tag goes on its own line). */
  private final Deque<Boolean> open = new ArrayDeque<>();

  XmlOutput(Writer out) throws IOException {
    this.out = out;
    try {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput start(String name) throws IOException {
    try {
      childStarts();
      xml.writeStartElement(name);
      open.push(false);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput empty(String name) throws IOException {
    try {
      childStarts();
      xml.writeEmptyElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput attribute(String name, String value) throws IOException {
    try {
      xml.writeAttribute(name, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput attribute(String name, long value) throws IOException {
    return attribute(name, Long.toString(value));
  }

  XmlOutput text(String text) throws IOException {
    try {
      xml.writeCharacters(clean(text));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput end() throws IOException {
    try {
      boolean hadChildren = open.pop();
      if (hadChildren) {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void childStarts() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    xml.writeCharacters("\n" + "  ".repeat(open.size()));
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeEndDocument();
      xml.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Drops code points that XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/F). */
  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        if (ok) {
          sb.appendCodePoint(cp);
        } else {
          sb.append('\uFFFD');
        }
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }
}
