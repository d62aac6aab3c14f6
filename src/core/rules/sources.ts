/** The articles the rules' rationales name, each spelled in one place. */
export const ROI_THROUGH_CX = '"Increasing Return on Investment (ROI) through Enhanced Customer Experience (CX)" on Strategic Project Leader';
export const CULTURE_DECIDES_CX = '"The success or failure of customer experience comes down to organizational culture" by Felicity McRobb';
