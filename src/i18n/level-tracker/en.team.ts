/** What only the team view (level-tracker.team.ts) shows: English with its module, another locale beside it. */
export default {
  teamTitle: "Your team's communication level",
  trend: 'Trend',
  averageOf6: 'Team average: {average} of 6',
  memberCount: '{count} members with check-ins',
  memberCountOne: '1 member with check-ins',
  goal: 'Aim to lift every member to levels 5–6.',
  distribution: 'Members per level',
  membersAt: '{count} members',
  memberAt: '1 member',
  members: 'Members',
  name: 'Member',
  level: 'Level',
  gaps: 'Where you and the member see it differently',
  gapText: '{name}: they answered level {member}, you answered level {manager}.',
  noGaps: "No member's view differs from yours by two or more levels.",
  noTeam: 'No check-ins from your team yet.',
};
