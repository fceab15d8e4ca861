package org.peersupport.participants;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The skills a volunteer can offer ({@code peer.volunteers.skills}); none configured
 * means {@link VolunteerSkills#DEFAULTS}.
 *
 * @param skills the skills, in the order people see them
 */
@ConfigurationProperties("peer.volunteers")
public record VolunteerSkillsProperties(List<VolunteerSkill> skills) {

	public VolunteerSkillsProperties {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
	}

}
