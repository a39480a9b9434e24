package org.fascia.outcomes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered chart parsed with the JDK's XML parser (fails on anything not well-formed), queried by XPath. */
final class ParsedChart {

	final Document document;

	final Element root;

	private ParsedChart(Document document) {
		this.document = document;
		this.root = document.getDocumentElement();
	}

	static ParsedChart parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new ParsedChart(factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	/** Elements matching the XPath, e.g. {@code //circle[@class='oc-point']}. */
	List<Element> all(String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
					XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** Marks of this class drawn on the chart itself, not the legend's samples. */
	List<Element> marks(String element, String cssClass) {
		return all("//" + element + "[@class='" + cssClass + "'][not(ancestor::g[@class='oc-legend'])]");
	}

	List<String> texts(String cssClass) {
		return all("//text[@class='" + cssClass + "']").stream().map(Element::getTextContent).toList();
	}

	static double num(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

}
