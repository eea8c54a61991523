/**
 * lightning/navigation for the components' tests: NavigationMixin records where a component asked
 * to go, so a test can assert it (`getNavigateCalledWith()`).
 */
let lastTarget;

export const CurrentPageReference = jest.fn();

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      lastTarget = { pageReference, replace };
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(`/${pageReference?.attributes?.recordId ?? ''}`);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export const getNavigateCalledWith = () => lastTarget;
