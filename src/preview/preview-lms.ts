/**
 * The simulated LMS for one course and SCORM version: it builds each launch's scorm-again API
 * from what was stored, and stores at the moments a real LMS would (every successful Commit and
 * Terminate). No DOM here: the harness installs the API on its window.
 */
import { Scorm12API, Scorm2004API, type Settings } from 'scorm-again';
import { flattenCmi } from './cmi-json.ts';
import { LoggedApi, type ApiCall, type ScormApi } from './logged-api.ts';
import { prepareLaunch, type PreviewStore } from './persistence.ts';

// scorm-again's own console logging would only repeat what the call log shows (5 = none).
const SETTINGS: Settings = { logLevel: 5, autocommit: false };

export function createScormApi(store: PreviewStore): ScormApi {
  const launch = prepareLaunch(store.version, store.savedCmi(), store.masteryScore());
  const api = store.version === '1.2' ? new Scorm12API(SETTINGS) : new Scorm2004API(SETTINGS);
  api.loadFromJSON(launch.cmi);
  return api;
}

/** Every non-empty CMI element of the API, named as the course would name it. */
export function currentCmi(api: ScormApi): Array<[string, string]> {
  return flattenCmi(api.renderCMIToJSONObject());
}

export class PreviewLms {
  #current: LoggedApi | null = null;
  #failCommits = false;

  constructor(
    readonly store: PreviewStore,
    private readonly onCall: (call: ApiCall) => void = () => {},
  ) {}

  /** The API of the current launch. */
  get api(): LoggedApi {
    return this.#current ?? this.launch();
  }

  get failCommits(): boolean {
    return this.#failCommits;
  }

  set failCommits(on: boolean) {
    this.#failCommits = on;
    if (this.#current) this.#current.failCommits = on;
  }

  /** A fresh API for a new launch, built from what is stored; the previous one stores no more. */
  launch(): LoggedApi {
    const store = this.store;
    const api = createScormApi(store);
    const logged = new LoggedApi(store.version, api, {
      called: (call) => this.onCall(call),
      succeeded: (operation) => {
        if (this.#current !== logged) return;
        if (operation === 'initialize') store.countSession();
        else store.saveCmi(api.renderCMIToJSONObject(), api.cmi.getCurrentTotalTime());
      },
    });
    logged.failCommits = this.#failCommits;
    this.#current = logged;
    return logged;
  }
}
