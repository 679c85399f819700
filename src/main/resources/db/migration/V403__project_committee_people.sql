-- Steering committee members are people of the partner organisations: an account chosen
-- among the partners' members (user_id), or a person without an account (an elected
-- official) still attached to one partner organisation. Both columns stay nullable for the
-- members recorded as free text before; their organisation is found again from its name
-- where a partner of the project bears it.
ALTER TABLE project_committee_member ADD COLUMN user_id BIGINT;
ALTER TABLE project_committee_member ADD COLUMN organisation_id BIGINT;

UPDATE project_committee_member
SET organisation_id = (SELECT MIN(p.organisation_id)
                       FROM project_partner p
                       WHERE p.project_id = project_committee_member.project_id
                         AND p.organisation_name = project_committee_member.organisation_name)
WHERE organisation_name IS NOT NULL;
