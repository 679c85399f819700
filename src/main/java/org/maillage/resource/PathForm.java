package org.maillage.resource;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The training path form as typed: a fixed number of module slots (empty ones are
 * ignored), each quiz written as text ({@link QuizText}).
 */
public class PathForm {

	static final int SLOTS = 6;

	/** One module slot. */
	public static class ModuleForm {

		@Size(max = 200, message = "{resource.title.size}")
		private String title;

		@Size(max = 20000, message = "{resource.body.size}")
		private String content;

		@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{resource.link.invalid}")
		private String videoUrl;

		private String quiz;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getContent() {
			return content;
		}

		public void setContent(String content) {
			this.content = content;
		}

		public String getVideoUrl() {
			return videoUrl;
		}

		public void setVideoUrl(String videoUrl) {
			this.videoUrl = videoUrl;
		}

		public String getQuiz() {
			return quiz;
		}

		public void setQuiz(String quiz) {
			this.quiz = quiz;
		}

		boolean isEmpty() {
			return (title == null || title.isBlank()) && (content == null || content.isBlank())
					&& (quiz == null || quiz.isBlank());
		}

	}

	@NotBlank(message = "{resource.path.title.required}")
	@Size(max = 200, message = "{resource.title.size}")
	private String title;

	@Size(max = 1000, message = "{resource.summary.size}")
	private String summary;

	@NotNull(message = "{resource.path.passMark.range}")
	@Min(value = 0, message = "{resource.path.passMark.range}")
	@Max(value = 100, message = "{resource.path.passMark.range}")
	private Integer passMark = 70;

	@Valid
	private List<ModuleForm> modules = new ArrayList<>();

	public PathForm() {
		while (modules.size() < SLOTS) {
			modules.add(new ModuleForm());
		}
	}

	/** The command, quizzes parsed; a mistake is reported on its module's quiz field. */
	PathCommand toCommand() {
		List<PathCommand.ModuleCommand> commands = new ArrayList<>();
		for (int i = 0; i < modules.size(); i++) {
			ModuleForm m = modules.get(i);
			if (m.isEmpty()) {
				continue;
			}
			commands.add(new PathCommand.ModuleCommand(m.title == null ? null : m.title.strip(), m.content,
					m.videoUrl == null || m.videoUrl.isBlank() ? null : m.videoUrl.strip(), null,
					QuizText.parse(m.quiz, "modules[" + i + "].quiz")));
		}
		return new PathCommand(title, summary, passMark, commands);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Integer getPassMark() {
		return passMark;
	}

	public void setPassMark(Integer passMark) {
		this.passMark = passMark;
	}

	public List<ModuleForm> getModules() {
		return modules;
	}

	public void setModules(List<ModuleForm> modules) {
		this.modules = modules == null ? new ArrayList<>() : modules;
	}

}
