//! Aggregated survey results, kept in memory and made again only when what they are made of
//! changes: the number of responses, the survey's definition and the set of hidden answers.
//!
//! On results day, or when a survey's link goes out in a newsletter, everyone opens the
//! same results at once. The key is read with two small queries; a view whose key is known
//! takes the results from memory. When it is not, one request per survey aggregates (the
//! others wait for it and take its results), so the database streams the responses once,
//! not once per visitor. Each server instance keeps its own copy: the key comes from the
//! shared database, so every instance shows the same current results.
use super::results::Results;
use super::store;
use super::SurveyDef;
use crate::platform::Db;
use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock, Mutex};

/// What a survey's results are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub responses: u64,
    pub definition: u64,
    pub hidden: u64,
}

fn digest(value: &impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

impl Key {
    pub fn new(responses: u64, def: &SurveyDef, hidden: &BTreeSet<(String, String)>) -> Key {
        Key {
            responses,
            definition: digest(&serde_json::to_string(def).unwrap_or_default()),
            hidden: digest(hidden),
        }
    }
}

type Cached = (Key, Arc<Results>);

/// A survey of one database.
type Survey = (Arc<str>, i64);

/// The latest results per survey (one entry per survey: an older key is replaced).
static CACHE: LazyLock<Mutex<HashMap<Survey, Cached>>> = LazyLock::new(Default::default);
/// One aggregation at a time per survey.
static FLIGHTS: LazyLock<Mutex<HashMap<Survey, Arc<tokio::sync::Mutex<()>>>>> =
    LazyLock::new(Default::default);
/// How many times each survey's results were aggregated in this process.
static AGGREGATIONS: LazyLock<Mutex<HashMap<Survey, u64>>> = LazyLock::new(Default::default);

/// How many times this process aggregated a survey's results (tests and benchmarks).
pub fn aggregations(db: &Db, survey: i64) -> u64 {
    AGGREGATIONS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(db.address.clone(), survey))
        .copied()
        .unwrap_or(0)
}

fn cached(survey: &Survey, key: Key) -> Option<Arc<Results>> {
    let cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .get(survey)
        .filter(|(k, _)| *k == key)
        .map(|(_, r)| r.clone())
}

/// The survey's results as of now.
pub async fn results(db: &Db, def: &SurveyDef, survey: i64) -> Result<Arc<Results>, sqlx::Error> {
    store::flush_if_closed(db, survey).await?;
    let key = || async {
        let responses = store::response_count(db, survey).await?;
        let hidden = store::hidden(db, survey).await?;
        Ok::<_, sqlx::Error>((Key::new(responses, def, &hidden), hidden))
    };
    let id: Survey = (db.address.clone(), survey);
    let (k, _) = key().await?;
    if let Some(r) = cached(&id, k) {
        return Ok(r);
    }
    let flight = FLIGHTS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(id.clone())
        .or_default()
        .clone();
    let _turn = flight.lock().await;
    // Whoever aggregated while this request waited has left the results here.
    let (k, hidden) = key().await?;
    if let Some(r) = cached(&id, k) {
        return Ok(r);
    }
    *AGGREGATIONS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(id.clone())
        .or_default() += 1;
    let results = Arc::new(store::aggregate(db, def, survey, &hidden).await?);
    // Responses that arrived during the aggregation are in it: the key says how many.
    let k = Key {
        responses: results.responses,
        ..k
    };
    CACHE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, (k, results.clone()));
    Ok(results)
}
