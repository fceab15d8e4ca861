package org.peersupport.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What every panel page must pass in the browser: no horizontal scrolling at a phone's
 * width, no serious or critical axe-core violation, and the checks axe does not make (a
 * skip link first, one h1, a language, the menu marking the current page, field borders
 * of 3:1, checkboxes and radios before their words).
 */
public final class PageChecks {

	/** Where the axe-core WebJar (the version in the parent pom) keeps its script. */
	static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String AXE_RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
			  done(result.violations
			    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			    .map(function (v) {
			      return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
			        return n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')';
			      }).join('; ');
			    }));
			}, function (error) { done(['axe failed: ' + error]); });
			""";

	private static final String OWN_CHECKS = """
			var problems = [];
			var html = document.documentElement;
			if (!html.lang) { problems.push('the page has no lang attribute'); }
			var h1 = document.querySelectorAll('h1').length;
			if (h1 !== 1) { problems.push(h1 + ' h1 headings instead of one'); }
			if (document.querySelectorAll('main').length !== 1) { problems.push('not exactly one main landmark'); }
			var first = document.querySelector('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]');
			var skip = document.querySelector('a.skip-link');
			if (!skip || first !== skip) { problems.push('the first focusable element is not the skip link'); }
			else {
			  var target = document.getElementById(skip.getAttribute('href').substring(1));
			  if (!target || !target.querySelector('main')) { problems.push('the skip link does not lead to the main content'); }
			}
			document.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea').forEach(function (field) {
			  var labelled = field.labels.length > 0 || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
			  if (!labelled) { problems.push('a ' + field.tagName.toLowerCase() + ' without a label: ' + (field.id || field.name)); }
			});
			function luminance(color) {
			  return 0.2126 * channel(color[0]) + 0.7152 * channel(color[1]) + 0.0722 * channel(color[2]);
			}
			function channel(value) { var c = value / 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }
			function rgb(css) { return (css.match(/[\\d.]+/g) || ['255', '255', '255']).slice(0, 4).map(Number); }
			function background(element) {
			  for (; element; element = element.parentElement) {
			    var color = rgb(getComputedStyle(element).backgroundColor);
			    if (color.length < 4 || color[3] > 0) { return color; }
			  }
			  return [255, 255, 255];
			}
			// Field borders at least 3:1 against what is around them (WCAG 1.4.11).
			document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), select, textarea').forEach(function (field) {
			  var style = getComputedStyle(field);
			  if (field.offsetParent === null || parseFloat(style.borderTopWidth) === 0) { return; }
			  var border = luminance(rgb(style.borderTopColor)), around = luminance(background(field.parentElement));
			  var ratio = (Math.max(border, around) + 0.05) / (Math.min(border, around) + 0.05);
			  if (ratio < 3) { problems.push('the border of ' + (field.id || field.name) + ' has ' + ratio.toFixed(2) + ':1 contrast'); }
			});
			// A checkbox or radio sits on the line of its words, before them.
			document.querySelectorAll('label > input[type=checkbox], label > input[type=radio]').forEach(function (box) {
			  var words = box.nextElementSibling;
			  if (box.offsetParent === null || !words) { return; }
			  var at = box.getBoundingClientRect(), wordsAt = words.getBoundingClientRect(), middle = at.top + at.height / 2;
			  if (middle < wordsAt.top || middle > wordsAt.bottom || at.right > wordsAt.left + 1) {
			    problems.push('the box ' + (box.id || box.name) + ' is not on the line before its words');
			  }
			});
			var nav = document.querySelector('nav.menu');
			if (nav) {
			  var current = nav.querySelectorAll('[aria-current=page]').length;
			  var here = Array.prototype.some.call(nav.querySelectorAll('a'), function (a) {
			    var path = new URL(a.href).pathname;
			    return path === location.pathname || (path !== '/' && location.pathname.indexOf(path + '/') === 0);
			  });
			  if (here && current !== 1) { problems.push(current + ' menu items marked aria-current instead of one'); }
			}
			return problems;
			""";

	private final Browser browser;

	PageChecks(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Lays pages out in a viewport of this CSS width, as on a phone, until
	 * {@link #desktop()}. Not as a "mobile" device: a mobile browser zooms out to fit a
	 * page too wide, and the page's client width then grows with it, hiding the overflow
	 * this is meant to find.
	 */
	public PageChecks phoneWidth(int width) {
		cdp().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
		return this;
	}

	public PageChecks desktop() {
		cdp().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return this;
	}

	/** How much wider than the viewport the page is, in CSS pixels (0 when it fits). */
	public long horizontalOverflow() {
		Object overflow = js()
			.executeScript("var e = document.scrollingElement; return Math.max(0, e.scrollWidth - e.clientWidth);");
		return ((Number) overflow).longValue();
	}

	/** Serious and critical axe-core violations of the page shown, one line each. */
	@SuppressWarnings("unchecked")
	public List<String> axeViolations() {
		this.browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		if (!Boolean.TRUE.equals(js().executeScript("return typeof window.axe !== 'undefined';"))) {
			js().executeScript(axeSource());
		}
		return new ArrayList<>((List<String>) js().executeAsyncScript(AXE_RUN));
	}

	/** What the page lacks of the checks axe does not make, one line each. */
	@SuppressWarnings("unchecked")
	public List<String> ownViolations() {
		return new ArrayList<>((List<String>) js().executeScript(OWN_CHECKS));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.browser.driver();
	}

	private HasCdp cdp() {
		return (HasCdp) this.browser.driver();
	}

	private static String axeSource() {
		try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
