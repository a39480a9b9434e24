package org.fascia.care;

/** What kind of self-care an item is; the words are in the bundle: care.category.*. */
public enum SelfCareCategory {

	STRETCH, MOBILITY, STRENGTH, HEAT, ERGONOMICS, STRESS_MANAGEMENT, ACTIVITY

}
