package org.maillage.event.internal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.maillage.common.PdfDocuments;

/**
 * The demo's files, made in code so that no binary sits in the repository: a cover banner
 * for the Pélussin day and the past workshop's mind map as a one-page PDF.
 */
final class DemoFiles {

	static final int WIDTH = 1200;

	static final int HEIGHT = 400;

	private DemoFiles() {
	}

	/**
	 * A PNG banner: the Parc's greens, a mesh of linked points (the network) and the
	 * title. The page shows the title as text; the banner is decoration.
	 */
	static byte[] coverBanner(String title) {
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, new Color(0x1f5c3a), WIDTH, HEIGHT, new Color(0x3f8f5a)));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			mesh(g);
			try {
				title(g, title);
			}
			catch (RuntimeException | Error noFonts) {
				// a server without any font still gets its banner, without the words
			}
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The past workshop's mind map, as the organiser would have exported it. */
	static byte[] mindMapPdf() {
		return PdfDocuments.fromHtml("""
				<!DOCTYPE html>
				<html lang="fr"><head><meta charset="utf-8"><title>Carte mentale de l'atelier</title>
				<style>
				  body { font-family: sans-serif; color: #1f2d24; margin: 2cm; }
				  h1 { color: #1f5c3a; font-size: 20pt; }
				  h2 { color: #3f8f5a; font-size: 14pt; margin-bottom: 4pt; }
				  li { margin: 2pt 0; }
				</style></head>
				<body>
				<h1>Le comité de suivi d'un plan de coopération</h1>
				<p>Carte mentale de l'atelier du Parc naturel régional du Pilat.</p>
				<h2>Pourquoi un comité de suivi ?</h2>
				<ul><li>Faire vivre le plan au-delà de sa signature</li>
				<li>Clarifier qui fait quoi entre EPCI, Parc et GAL</li></ul>
				<h2>Qui y siège ?</h2>
				<ul><li>Un·e élu·e et un·e agent·e par structure signataire</li>
				<li>Des membres de la société civile, selon les sujets</li></ul>
				<h2>Comment le faire durer ?</h2>
				<ul><li>Deux réunions par an, un ordre du jour partagé</li>
				<li>Quelques indicateurs simples, suivis d'une fois sur l'autre</li>
				<li>Un modèle de convention d'articulation commenté</li></ul>
				</body></html>
				""", null);
	}

	private static void mesh(Graphics2D g) {
		int[][] points = { { 820, 60 }, { 940, 140 }, { 1080, 80 }, { 1010, 260 }, { 880, 320 }, { 1140, 340 },
				{ 760, 220 } };
		int[][] links = { { 0, 1 }, { 1, 2 }, { 1, 3 }, { 3, 4 }, { 3, 5 }, { 2, 5 }, { 6, 1 }, { 6, 4 }, { 0, 6 } };
		g.setColor(new Color(255, 255, 255, 90));
		g.setStroke(new BasicStroke(3f));
		for (int[] link : links) {
			g.drawLine(points[link[0]][0], points[link[0]][1], points[link[1]][0], points[link[1]][1]);
		}
		g.setColor(new Color(0xf2c94c));
		for (int[] point : points) {
			g.fillOval(point[0] - 12, point[1] - 12, 24, 24);
		}
	}

	private static void title(Graphics2D g, String title) {
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
		g.setColor(Color.WHITE);
		FontMetrics metrics = g.getFontMetrics();
		int y = 110;
		for (String line : lines(title, metrics, 660)) {
			g.drawString(line, 60, y);
			y += metrics.getHeight() + 4;
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
		g.setColor(new Color(0xf2c94c));
		g.drawString("Journée d'exploration de pratiques · Pélussin", 60, HEIGHT - 50);
	}

	/** The words, wrapped to fit the width. */
	private static List<String> lines(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
