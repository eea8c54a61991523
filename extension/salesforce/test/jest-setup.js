/** The components' tests can assert `await expect(element).toBeAccessible()` (axe rules through sa11y). */
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();
