package org.peersupport.checkins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a person's moods over a period as a small PNG (java.awt, headless): a line
 * through their answers from 1 (bottom) to 5 (top), each answer a dot coloured from red
 * to green. No words in the picture (the caption says what it shows), so no font is
 * needed.
 */
final class MoodChart {

	static final int WIDTH = 600;

	static final int HEIGHT = 300;

	private static final int MARGIN = 24;

	private static final Color[] MOOD_COLOURS = { new Color(0xD9534F), new Color(0xF0AD4E), new Color(0xC8C8C8),
			new Color(0x8BC34A), new Color(0x4CAF50) };

	private MoodChart() {
	}

	/** The PNG of the answers given from {@code from} to {@code to}, oldest first. */
	static byte[] draw(List<MoodPoint> points, Instant from, Instant to) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setStroke(new BasicStroke(1));
			for (int mood = 1; mood <= 5; mood++) {
				g.setColor(MOOD_COLOURS[mood - 1].brighter());
				g.drawLine(MARGIN, y(mood), WIDTH - MARGIN, y(mood));
			}
			g.setColor(new Color(0x3F51B5));
			g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			for (int i = 1; i < points.size(); i++) {
				g.drawLine(x(points.get(i - 1).at(), from, to), y(points.get(i - 1).mood()),
						x(points.get(i).at(), from, to), y(points.get(i).mood()));
			}
			for (MoodPoint point : points) {
				g.setColor(MOOD_COLOURS[point.mood() - 1]);
				g.fillOval(x(point.at(), from, to) - 7, y(point.mood()) - 7, 14, 14);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static int x(Instant at, Instant from, Instant to) {
		double span = Math.max(1, Duration.between(from, to).toSeconds());
		double share = Math.min(1, Math.max(0, Duration.between(from, at).toSeconds() / span));
		return MARGIN + (int) Math.round(share * (WIDTH - 2 * MARGIN));
	}

	private static int y(int mood) {
		return MARGIN + (int) Math.round((5 - mood) / 4.0 * (HEIGHT - 2 * MARGIN));
	}

}
