/** The starter configuration `visionlint --init` and the extension's "Open configuration" write. */
export const STARTER_CONFIG = `# visionlint configuration: https://github.com/visionlint/visionlint#configuration
# Severity per rule: off | hint | info | warning | error, or [severity, { options }].
rules:
  goal-owner: info
  jargon: info

# Who your customers are, besides customer, client, user, patient, guest, member ...
personas: []

# Words your house style treats as empty jargon or as vague.
jargon: []
vagueWords: []

# Month your fiscal year starts in (4 = April); FY27 is the year that ends in 2027.
fiscalYearStart: 1

# House templates for quick fixes: <template-id>.md files in this folder.
templates: .visionlint/templates

# Ask every suppression comment for a reason after " -- ".
requireDisableReason: false

# Files the command line and the workspace lint skip.
ignore:
  - node_modules/**
  - CHANGELOG.md
`;
