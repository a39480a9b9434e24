package org.fascia.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Filling Fascia's longer forms in a browser test the way a person would, shared by the tests that need them. */
public final class BrowserForms {

	private BrowserForms() {
	}

	/** The intake wizard's "Save and continue". */
	public static void intakeNext(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
	}

	/** Answers "No" (or the first option) to every visible intake question on the step not answered yet. */
	public static void answerTheRestNo(Page page) {
		Locator fieldsets = page.locator(".intake-field:visible fieldset");
		for (int i = 0; i < fieldsets.count(); i++) {
			Locator fieldset = fieldsets.nth(i);
			if (fieldset.locator("input:checked").count() == 0) {
				Locator no = fieldset.locator("input[value=false], input[value=none]");
				(no.count() > 0 ? no.first() : fieldset.locator("input[type=radio]").first()).check();
			}
		}
	}

	/** The self-check for 16 weeks of back pain, relief wanted, medium pressure, no warning signs; shows the result. */
	public static void selfCheckWithoutWarningSigns(Page page) {
		page.getByLabel("How many weeks has the pain lasted?").fill("16");
		page.getByLabel("What do you most want?").selectOption("RELIEF");
		page.getByLabel("What pressure do you like?").selectOption("MEDIUM");
		page.getByLabel("Have you had massage before?").selectOption("SOME");
		page.getByLabel("How sensitive are you to pressure?").selectOption("NORMAL");
		page.locator("input[type=radio][value=no]").all().forEach(r -> r.check());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what might suit me")).click();
	}

}
