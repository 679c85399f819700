package org.maillage.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The training path form as typed: module slots (empty ones are ignored), each quiz
 * written as text ({@link QuizText}), each linked resource by its number or its address.
 * When editing, each slot carries the number of the stored module it shows, so that the
 * learners' progress follows it.
 */
public class PathForm {

	static final int SLOTS = 6;

	/** Free slots offered after the modules of a path being edited. */
	static final int FREE_SLOTS = 2;

	private static final String RESOURCE = "^\\s*(?:\\S*/ressources/)?(\\d{1,18})/?\\s*$";

	private static final java.util.regex.Pattern RESOURCE_PATTERN = java.util.regex.Pattern.compile(RESOURCE);

	/** One module slot. */
	public static class ModuleForm {

		private Integer number;

		@Size(max = 200, message = "{resource.title.size}")
		private String title;

		@Size(max = 20000, message = "{resource.body.size}")
		private String content;

		@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{resource.link.invalid}")
		private String videoUrl;

		@Pattern(regexp = "^\\s*$|" + RESOURCE, message = "{resource.path.module.resource.invalid}")
		private String resource;

		private String quiz;

		static ModuleForm of(TrainingPath.Module module, int number) {
			ModuleForm form = new ModuleForm();
			form.number = number;
			form.title = module.title();
			form.content = module.content();
			form.videoUrl = module.videoUrl();
			form.resource = module.resourceId() == null ? null : String.valueOf(module.resourceId());
			form.quiz = QuizText.format(module.quiz());
			return form;
		}

		public Integer getNumber() {
			return number;
		}

		public void setNumber(Integer number) {
			this.number = number;
		}

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

		public String getResource() {
			return resource;
		}

		public void setResource(String resource) {
			this.resource = resource;
		}

		public String getQuiz() {
			return quiz;
		}

		public void setQuiz(String quiz) {
			this.quiz = quiz;
		}

		/** An emptied slot: nothing typed (a removed module when editing). */
		boolean isEmpty() {
			return blank(title) && blank(content) && blank(quiz) && blank(videoUrl) && blank(resource);
		}

		Long resourceId() {
			if (blank(resource)) {
				return null;
			}
			Matcher matcher = RESOURCE_PATTERN.matcher(resource);
			return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
		}

	}

	/** The version of the path the form was filled from (editing only). */
	private Long version;

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
		fill(SLOTS);
	}

	/** The stored path, ready to edit, with free slots to add modules. */
	static PathForm of(TrainingPath path) {
		PathForm form = new PathForm();
		form.version = path.version();
		form.title = path.title();
		form.summary = path.summary();
		form.passMark = path.passMark();
		form.modules = new ArrayList<>();
		for (int i = 0; i < path.modules().size(); i++) {
			form.modules.add(ModuleForm.of(path.modules().get(i), i + 1));
		}
		form.fill(Math.max(SLOTS, path.modules().size() + FREE_SLOTS));
		return form;
	}

	private void fill(int slots) {
		while (modules.size() < slots) {
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
					blank(m.videoUrl) ? null : m.videoUrl.strip(), m.resourceId(),
					QuizText.parse(m.quiz, "modules[" + i + "].quiz"), m.number));
		}
		return new PathCommand(title, summary, passMark, commands);
	}

	/**
	 * The form field of a service's refusal: {@code modules[i].x} counts the modules
	 * sent, empty slots skipped; this is the slot it came from.
	 */
	String field(String refused) {
		if (refused.equals("modules")) {
			return "modules[0].title";
		}
		Matcher matcher = java.util.regex.Pattern.compile("^modules\\[(\\d+)\\]\\.(\\w+)$").matcher(refused);
		if (!matcher.matches()) {
			return refused;
		}
		int sent = Integer.parseInt(matcher.group(1));
		for (int i = 0, n = 0; i < modules.size(); i++) {
			if (!modules.get(i).isEmpty() && n++ == sent) {
				return "modules[" + i + "]." + matcher.group(2);
			}
		}
		return "modules[0].title";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
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
