package dev.portcheck.core.buildcache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small XML file read with the JDK's DOM parser (no DTDs, no external entities), and the element
 * walk the build cache files need: children by local name, whatever namespace the file declares.
 */
final class XmlFile {
  private XmlFile() {}

  /** The document element of {@code file}; an {@link IOException} naming the file when broken. */
  static Element root(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // errors are thrown, never printed
      return builder.parse(file.toFile()).getDocumentElement();
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The child elements of {@code parent} named {@code name}, in document order. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(localName(e))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child named {@code name}, or, following {@code more}, the first grandchild. */
  static Optional<Element> child(Element parent, String name, String... more) {
    List<Element> found = children(parent, name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Element e = found.get(0);
    for (String next : more) {
      List<Element> deeper = children(e, next);
      if (deeper.isEmpty()) {
        return Optional.empty();
      }
      e = deeper.get(0);
    }
    return Optional.of(e);
  }

  /** Every element at the end of the path of names below {@code parent}. */
  static List<Element> all(Element parent, String... path) {
    List<Element> level = List.of(parent);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      level.forEach(e -> next.addAll(children(e, name)));
      level = next;
    }
    return level;
  }

  /** The trimmed text of {@code e}. */
  static String text(Element e) {
    return e.getTextContent().trim();
  }

  /** The trimmed text of the child {@code name}; empty when absent or blank. */
  static Optional<String> childText(Element parent, String name) {
    return child(parent, name).map(XmlFile::text).filter(s -> !s.isEmpty());
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
