//! Which checks run and how severe their findings are: defaults, `--checks`
//! / `--skip` lists and the TOML configuration file.

use std::collections::BTreeMap;
use std::str::FromStr;

use serde::Deserialize;

use super::{CheckError, CheckId, Severity};

/// Which checks run, their severities and their thresholds.
///
/// # Examples
/// ```
/// use bitext::check::{CheckId, Config, Severity};
/// let config = Config::from_toml(
///     "skip = [\"untranslated\"]\n[severity]\nnumber-mismatch = \"warning\"\n",
/// )?;
/// assert!(!config.enabled(CheckId::Untranslated));
/// assert!(config.enabled(CheckId::TermMissing));
/// assert_eq!(config.severity(CheckId::NumberMismatch), Severity::Warning);
/// # Ok::<(), bitext::check::CheckError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    enabled: [bool; CheckId::ALL.len()],
    severity: [Severity; CheckId::ALL.len()],
    untranslated_min_words: usize,
}

impl Default for Config {
    fn default() -> Self {
        let mut severity = [Severity::Error; CheckId::ALL.len()];
        for id in CheckId::ALL {
            severity[id as usize] = id.default_severity();
        }
        Config {
            enabled: [true; CheckId::ALL.len()],
            severity,
            untranslated_min_words: 3,
        }
    }
}

/// The configuration file, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    /// Run only these checks.
    checks: Option<Vec<String>>,
    /// Do not run these checks.
    #[serde(default)]
    skip: Vec<String>,
    /// Severity per check ID.
    #[serde(default)]
    severity: BTreeMap<String, String>,
    /// Settings of the untranslated check.
    untranslated: Option<UntranslatedFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct UntranslatedFile {
    min_words: Option<usize>,
}

impl Config {
    /// Reads a TOML configuration:
    ///
    /// ```toml
    /// checks = ["term-missing", "number-mismatch"]  # run only these (optional)
    /// skip = ["untranslated"]                       # do not run these
    /// [severity]                                    # error, warning or info
    /// number-mismatch = "warning"
    /// [untranslated]
    /// min-words = 3   # shorter segments are never reported as untranslated
    /// ```
    ///
    /// # Errors
    /// [`CheckError::Config`] for TOML syntax errors, unknown keys and bad
    /// severities (with the line), [`CheckError::UnknownCheck`] for an
    /// unknown check ID.
    pub fn from_toml(text: &str) -> Result<Config, CheckError> {
        let file: File = toml::from_str(text).map_err(|e| CheckError::Config {
            message: e.to_string().trim().replace('\n', " "),
        })?;
        let mut config = Config::default();
        if let Some(only) = &file.checks {
            config.only(&parse_ids(only)?);
        }
        config.skip(&parse_ids(&file.skip)?);
        for (name, value) in &file.severity {
            let id: CheckId = name.parse()?;
            let severity: Severity = value.parse().map_err(|_| CheckError::Config {
                message: format!(
                    "severity of {name}: expected error, warning or info, found {value:?}"
                ),
            })?;
            config.set_severity(id, severity);
        }
        if let Some(n) = file.untranslated.and_then(|u| u.min_words) {
            config.untranslated_min_words = n;
        }
        Ok(config)
    }

    /// Runs only the checks in `ids`.
    pub fn only(&mut self, ids: &[CheckId]) -> &mut Self {
        for id in CheckId::ALL {
            self.enabled[id as usize] = ids.contains(&id);
        }
        self
    }

    /// Turns the checks in `ids` off.
    pub fn skip(&mut self, ids: &[CheckId]) -> &mut Self {
        for &id in ids {
            self.enabled[id as usize] = false;
        }
        self
    }

    /// Sets the severity of one check's findings.
    pub fn set_severity(&mut self, id: CheckId, severity: Severity) -> &mut Self {
        self.severity[id as usize] = severity;
        self
    }

    /// Segments with fewer words are never reported as untranslated (names,
    /// numbers and acronyms are often the same in both languages).
    pub fn set_untranslated_min_words(&mut self, n: usize) -> &mut Self {
        self.untranslated_min_words = n;
        self
    }

    /// Whether a check runs.
    pub fn enabled(&self, id: CheckId) -> bool {
        self.enabled[id as usize]
    }

    /// The severity of a check's findings.
    pub fn severity(&self, id: CheckId) -> Severity {
        self.severity[id as usize]
    }

    /// See [`set_untranslated_min_words`](Self::set_untranslated_min_words).
    pub fn untranslated_min_words(&self) -> usize {
        self.untranslated_min_words
    }
}

/// Parses check IDs (`term-missing`, …), one per item.
///
/// # Errors
/// [`CheckError::UnknownCheck`] naming the first unknown ID.
pub fn parse_ids<S: AsRef<str>>(names: &[S]) -> Result<Vec<CheckId>, CheckError> {
    names
        .iter()
        .map(|n| n.as_ref().trim())
        .filter(|n| !n.is_empty())
        .map(CheckId::from_str)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_run_everything() {
        let c = Config::default();
        assert!(CheckId::ALL.iter().all(|&id| c.enabled(id)));
        assert_eq!(c.severity(CheckId::VariantInconsistent), Severity::Warning);
    }

    #[test]
    fn file_errors_are_clear() {
        let e = Config::from_toml("skip = [\"term-mising\"]").unwrap_err();
        assert!(e.to_string().contains("term-mising"), "{e}");
        assert!(e.to_string().contains("term-missing"), "{e}");
        let e = Config::from_toml("skipp = []").unwrap_err();
        assert!(e.to_string().contains("skipp"), "{e}");
        let e = Config::from_toml("[severity]\nforbidden = \"fatal\"").unwrap_err();
        assert!(e.to_string().contains("fatal"), "{e}");
        let c =
            Config::from_toml("checks = [\"forbidden\"]\n[untranslated]\nmin-words = 5\n").unwrap();
        assert!(c.enabled(CheckId::Forbidden) && !c.enabled(CheckId::TermMissing));
        assert_eq!(c.untranslated_min_words(), 5);
    }
}
