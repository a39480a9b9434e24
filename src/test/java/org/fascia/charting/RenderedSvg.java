package org.fascia.charting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The body-map SVGs of a rendered page, parsed as XML: per map, per view, the region shapes drawn. */
final class RenderedSvg {

	/** One region shape as rendered. */
	record Region(String view, String code, String title, String role, String ariaChecked, String ariaLabel,
			String tabindex, boolean marked) {
	}

	private RenderedSvg() {
	}

	/** Every {@code <svg class="bm-svg">} of the page, in order, each as its region shapes. */
	static List<List<Region>> maps(String html) throws Exception {
		List<List<Region>> maps = new ArrayList<>();
		int from = 0;
		while (true) {
			int start = html.indexOf("<svg class=\"bm-svg\"", from);
			if (start < 0) {
				return maps;
			}
			int end = html.indexOf("</svg>", start) + "</svg>".length();
			maps.add(regions(html.substring(start, end)));
			from = end;
		}
	}

	private static List<Region> regions(String svg) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		List<Region> regions = new ArrayList<>();
		NodeList groups = doc.getElementsByTagName("g");
		for (int g = 0; g < groups.getLength(); g++) {
			Element group = (Element) groups.item(g);
			String view = group.getAttribute("data-view");
			NodeList paths = group.getElementsByTagName("path");
			for (int p = 0; p < paths.getLength(); p++) {
				Element path = (Element) paths.item(p);
				if (!path.hasAttribute("data-region")) {
					continue;
				}
				NodeList titles = path.getElementsByTagName("title");
				regions.add(new Region(view, path.getAttribute("data-region"),
						titles.getLength() == 0 ? null : titles.item(0).getTextContent(), attr(path, "role"),
						attr(path, "aria-checked"), attr(path, "aria-label"), attr(path, "tabindex"),
						path.getAttribute("class").contains("is-marked")));
			}
		}
		return regions;
	}

	private static String attr(Element element, String name) {
		return element.hasAttribute(name) ? element.getAttribute(name) : null;
	}

	/** Code to view, failing on a region drawn twice. */
	static Map<String, String> viewByCode(List<Region> regions) {
		Map<String, String> views = new LinkedHashMap<>();
		for (Region r : regions) {
			if (views.put(r.code(), r.view()) != null) {
				throw new AssertionError(r.code() + " is drawn twice");
			}
		}
		return views;
	}

}
