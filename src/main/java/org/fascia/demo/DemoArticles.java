package org.fascia.demo;

import static org.fascia.site.ArticleKind.ARTICLE;
import static org.fascia.site.ArticleKind.FAQ;

import org.fascia.site.ArticleDraft;
import org.fascia.site.Articles;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's articles and FAQ, in its own words: modest about what massage does (short-term relief for
 * many, not a cure; deep tissue no better than relaxation massage in the best trial), clear that some symptoms
 * need a doctor first. Sources as in the domain notes: Cherkin 2011, Furlan (Cochrane) 2015, NICE NG59,
 * Cambron 2007.
 */
@Component
class DemoArticles {

	private final Articles articles;

	DemoArticles(Articles articles) {
		this.articles = articles;
	}

	void load(long authorId) {
		article("deep-tissue-massage", "Deep tissue massage: what it is, and what it is not",
				"Deep tissue massage is slow, focused work on the deeper layers of muscle. It should never be a test of endurance: we adjust the pressure to what is comfortable for you.",
				DEEP_TISSUE, authorId);
		article("what-is-fascia", "Fascia: what it is, and what we honestly know",
				"Fascia is the connective tissue that wraps and links your muscles. Here is what it is, what massage may do for it, and where the evidence is still thin.",
				FASCIA, authorId);
		article("your-first-visit", "What to expect at your first visit",
				"Your first visit starts with a conversation, not a massage: a short health form, a safety check, your consent, and a plan you agree with.",
				FIRST_VISIT, authorId);
		article("self-care-between-sessions", "Looking after your back between sessions",
				"What you do between visits matters as much as the massage. Simple movement, a little heat and a few minutes a day of the exercises we give you.",
				SELF_CARE, authorId);

		int position = 10;
		for (String[] qa : FAQ_ENTRIES) {
			articles.create(ArticleDraft.published(FAQ, qa[0], qa[1], qa[2], qa[3], position), authorId);
			position += 10;
		}
	}

	private void article(String slug, String title, String summary, String body, long authorId) {
		articles.create(ArticleDraft.published(ARTICLE, slug, title, summary, body, 0), authorId);
	}

	private static final String DEEP_TISSUE = """
			Deep tissue massage uses slow strokes and steady, focused pressure to reach the deeper layers of muscle
			and the connective tissue around them. It is often what people ask for when their back feels tight,
			knotted or "stuck".

			## What it is

			- **Slow.** Deeper layers need time. We work gradually, warming up the area first.
			- **Focused.** We spend time where you feel it most, and on the areas around it: hips, buttocks and the
			  muscles along your spine often join in when the lower back aches.
			- **Talked through.** We ask how the pressure feels, and we keep asking.

			## What it is not

			It is **not "no pain, no gain"**. Good deep tissue work can feel intense, but it should stay within what
			you find comfortable. During your session we check in regularly and you can say "less" at any time; we
			write down what worked, so the next visit starts from there.

			It is also not *better* than gentler massage for everyone. In the largest trial of massage for
			long-lasting low back pain (Cherkin and colleagues, 2011; 401 adults, ten weekly sessions), people who
			had deeper, structural massage and people who had relaxation massage improved by about the same amount,
			and the benefit lasted at least six months for many. So the right choice is the one that suits your body,
			your preferences and any health cautions, not the firmest one.

			## Afterwards

			Some people feel a little sore for a day or so after deeper work. If soreness lasts longer than about a
			day and a half, tell us: next time we will use less pressure.

			## When it is not the right choice

			If you take blood thinners, have had a recent clot, are pregnant, or have certain other conditions, we
			use lighter techniques. Our health form asks about these so we can plan safely.

			> Not sure what would suit you? [Try the two-minute self-check](/which-massage) or book a free
			> consultation.
			""";

	private static final String FASCIA = """
			Fascia is the connective tissue that surrounds and links your muscles, bones and organs. Think of the thin,
			silvery layer you see on a cut of meat: strong, slightly stretchy, and everywhere. In your back, a thick
			sheet of it (the *thoracolumbar fascia*) links the muscles of your lower back, buttocks and the back of
			your shoulders.

			## Why people talk about it

			Fascia has many nerve endings, and it has to glide smoothly over the muscles beneath it. Researchers are
			studying whether stiffness or reduced gliding in fascia plays a part in some back pain. It is a genuinely
			interesting area, but much of it is still being worked out.

			## What massage may do

			Myofascial release uses sustained, gentle pressure and slow stretching of the skin and tissue. Many people
			find it eases tension and helps them move more freely. What we **cannot** honestly tell you is that it
			"releases" or "breaks down" fascia in a lasting, physical way: the evidence does not show that.

			## What the evidence says overall

			| Question | What the research suggests |
			| --- | --- |
			| Does massage help low back pain? | Often, in the short term. A Cochrane review (Furlan and colleagues, 2015; 25 trials) found short-term benefit, with evidence of low to very low quality. |
			| Is one style clearly best? | No. In Cherkin 2011, structural and relaxation massage helped about equally. |
			| Is massage enough on its own? | Usually not. UK guidance (NICE NG59) recommends manual therapy only alongside exercise. |

			That is why every plan we make includes simple exercises for you to do at home.

			## The honest summary

			Fascia is real and important. Massage that works with it can feel good and help many people in the short
			term. It is not a cure, and we will never promise one.
			""";

	private static final String FIRST_VISIT = """
			Your first visit starts with a conversation, not a massage. Here is what happens, step by step, so there
			are no surprises.

			## Before you arrive: a short health form

			When you book, we ask you to fill in a health form online. It asks about your back (how long it has hurt,
			where, what makes it better or worse), your general health, any medicines, and what you hope to get from
			massage. It takes about ten minutes. If you would rather fill it in with us, arrive ten minutes early.

			## A safety check

			Some symptoms need a doctor rather than a massage therapist. Our form checks for these, and a therapist
			reads every answer. If something needs a doctor first, we will tell you plainly and kindly, and we may ask
			your doctor to confirm massage is fine before we start.

			**Please see a doctor straight away**, rather than waiting for your appointment, if you have numbness
			around your groin or bottom, new trouble passing urine or controlling your bowels, weakness in your legs,
			a fever with your back pain, or unexplained weight loss.

			## Your consent

			We explain what we plan to do and why, and you agree to it before we start: in writing the first time,
			out loud after that. You can change your mind at any point, including in the middle of a session.

			## The consultation

			We talk about your goals, such as sitting through a working day, lifting your children, or sleeping better,
			and about the pressure you like. Then we suggest an approach and explain why. You stay covered except for
			the area being worked on.

			## The massage and afterwards

			We check in about the pressure as we go. Before you leave, we show you one or two simple exercises and agree
			when we will see you next, if you want to come back. Nothing is pushed on you.
			""";

	private static final String SELF_CARE = """
			What you do between visits matters as much as the massage. UK guidance (NICE NG59) is clear that hands-on
			treatment works best as part of a package that includes exercise, so every plan we make comes with a few
			simple things to do at home.

			## Keep moving

			Gentle activity helps most back pain settle. Bed rest does not. A short walk, a few times a day, is one of
			the best things you can do, even if you need to start with five minutes.

			## A few minutes of exercises, most days

			We will give you two or three exercises that suit your back, such as:

			1. **Knee to chest**: lying on your back, hug one knee gently towards you; 30 seconds each side.
			2. **Cat–cow**: on hands and knees, slowly round and then arch your back; ten slow repeats.
			3. **Pelvic tilt**: lying with knees bent, gently flatten your lower back into the floor; ten times.

			Move within comfort. A mild stretch is fine; sharp or spreading pain is a sign to stop and tell us.

			## Heat

			A warm wrap or hot water bottle (never directly on the skin) can ease a recent flare-up a little in the
			short term.

			## Your desk and your sleep

			Change position often; a timer every 30 to 45 minutes helps. Your feet should rest flat, and your screen
			should sit at eye level.

			## After a session

			A little soreness for a day or so is common. If it lasts longer, let us know and we will go lighter next
			time.

			## When to get help

			If your pain gets steadily worse, spreads down both legs, or comes with numbness, weakness or problems with
			your bladder or bowels, contact a doctor promptly.
			""";

	private static final String[][] FAQ_ENTRIES = {
			{ "does-deep-tissue-hurt", "Does deep tissue massage hurt?",
					"It can feel intense, but it should stay within your comfort. We adjust the pressure as we go.",
					"""
					It can feel intense at times, but it should never be more than you are comfortable with. We ask how
					the pressure feels during the session and you can ask for less at any moment. Some people feel mildly
					sore for a day or so afterwards; if it lasts longer, we go lighter next time.
					""" },
			{ "how-many-sessions", "How many sessions will I need?",
					"Many people notice a change within four to six weekly sessions; we review your progress then.",
					"""
					It depends on your back and your goals. A common plan is weekly sessions at first, with a review after
					four to six visits. If things are improving we space the visits out; if nothing has changed, we say so
					and talk about other options, including seeing your doctor or a physiotherapist.
					""" },
			{ "is-massage-a-cure", "Will massage cure my back pain?",
					"No honest therapist can promise that. Massage helps many people in the short term, especially alongside exercise.",
					"""
					We cannot promise a cure, and you should be wary of anyone who does. Research suggests massage helps many
					people with low back pain feel better in the short term (Cochrane review, 2015), and that it works best
					alongside staying active and doing some exercise (NICE NG59). That is why your plan includes simple
					things to do at home.
					""" },
			{ "which-massage-is-best", "Is deep tissue better than Swedish massage for back pain?",
					"Not necessarily. In the largest trial, both helped about equally; we choose by your preference and health.",
					"""
					Not necessarily. In a trial of 401 adults with long-lasting low back pain (Cherkin 2011), deeper
					structural massage and relaxation massage improved pain and daily function by about the same amount.
					We suggest an approach based on your preferences, how sensitive you are to pressure and any health
					cautions. [Try the self-check](/which-massage) to see what might suit you.
					""" },
			{ "when-to-see-a-doctor", "When should I see a doctor instead?",
					"Numbness around the groin, bladder or bowel changes, leg weakness, fever or unexplained weight loss: see a doctor first.",
					"""
					See a doctor straight away, rather than booking a massage, if your back pain comes with any of these:

					- numbness around your groin or bottom;
					- new problems passing urine or controlling your bowels;
					- weakness in one or both legs, or pain spreading down both legs;
					- fever, or feeling generally unwell;
					- unexplained weight loss, or a history of cancer.

					Our health form checks for these too, and we will tell you if we think you need to see a doctor first.
					""" },
			{ "what-to-wear", "What should I wear, and what happens with my clothes?",
					"Wear something comfortable. You undress only as far as you are comfortable and stay covered with towels.",
					"""
					Wear something comfortable. For back work you usually undress to your underwear, but only as far as you
					are comfortable; you can also keep loose clothes on. You are always covered with a towel or sheet except
					for the area being worked on, and we leave the room while you get ready.
					""" } };

}
