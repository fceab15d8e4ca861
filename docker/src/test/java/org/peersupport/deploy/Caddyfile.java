package org.peersupport.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The site blocks of {@code docker/Caddyfile}: each site's address, the port it listens
 * on and the upstreams of its {@code reverse_proxy} directives. Enough to check what the
 * proxy exposes.
 */
final class Caddyfile {

	static final String PATH = "docker/Caddyfile";

	private Caddyfile() {
	}

	static List<Site> sites() {
		return parse(RepositoryFiles.read(PATH));
	}

	static List<Site> parse(String text) {
		List<Site> sites = new ArrayList<>();
		int depth = 0;
		String address = null;
		List<String> upstreams = new ArrayList<>();
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (depth == 0 && line.endsWith("{")) {
				address = line.substring(0, line.length() - 1).strip();
				upstreams = new ArrayList<>();
			}
			else if (depth == 1 && address != null && !address.isEmpty() && line.startsWith("reverse_proxy ")) {
				for (String word : line.substring("reverse_proxy ".length()).split("\\s+")) {
					if (!word.equals("{") && !word.startsWith("@") && !word.startsWith("/")) {
						upstreams.add(word);
					}
				}
			}
			depth += count(line, '{') - count(line, '}');
			if (depth == 0 && address != null) {
				if (!address.isEmpty()) {
					sites.add(new Site(address, port(address), List.copyOf(upstreams)));
				}
				address = null;
			}
		}
		return sites;
	}

	private static int port(String address) {
		String hostAndPort = address.replaceFirst("^https?://", "");
		int colon = hostAndPort.lastIndexOf(':');
		if (colon >= 0 && !hostAndPort.substring(colon + 1).isEmpty()
				&& hostAndPort.substring(colon + 1).chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(hostAndPort.substring(colon + 1));
		}
		return address.startsWith("http://") ? 80 : 443;
	}

	private static int count(String line, char c) {
		return (int) line.chars().filter((ch) -> ch == c).count();
	}

	/**
	 * A site: its address as written, the port it listens on, and the upstreams it
	 * proxies to.
	 */
	record Site(String address, int port, List<String> upstreams) {
	}

}
