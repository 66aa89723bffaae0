/// The features of one NER decision that depend on the labels decoded before it: the previous
/// label alone, with the label before it, and with the word, its shape, its POS tag and its
/// cluster; the extended prediction history; and in the second pass the previous label with the
/// first pass's label of the token and with the phrase evidence (see `NERFeatures` for where
/// each sits in the feature list).
///
/// Their hashes are the same values `FeatureHash(template:).adding(…)` gives; since labels take
/// only 18 values (17 BILOU labels and the sentence start), the hash prefixes up to the label
/// come from `NERLabelFeatures.Prefixes`, and features of labels alone are looked up whole.
struct NERLabelFeatures: Sendable {
    var previousLabel: FeatureHash
    var previousTwoLabels: FeatureHash
    var previousLabelLower: FeatureHash
    var previousLabelShape: FeatureHash
    var previousLabelPOS: FeatureHash
    var history: FeatureHash?
    var previousLabelCluster: FeatureHash?
    var firstPassPreviousLabel: FeatureHash?
    var phrasePreviousLabel: FeatureHash?

    /// The features of token `index` after labels `previous` and `beforePrevious`
    /// (`NERFeatures.startLabel` outside the sentence), with the history type `history`.
    @inline(__always)
    init(_ input: NERInput, index: Int, previous: Int, beforePrevious: Int, history: NERFeatures.History,
         firstPass: NERFirstPass?, prefixes: Prefixes) {
        let word = input.words.words[index]
        let p1 = previous + 1, p2 = beforePrevious + 1
        previousLabel = prefixes.previousLabel[p1]
        previousTwoLabels = prefixes.previousTwoLabels[p1 * Prefixes.slots + p2]
        previousLabelLower = prefixes.previousLabelLower[p1].adding(word.lowerHash)
        previousLabelShape = prefixes.previousLabelShape[p1].adding(word.shortShapeHash)
        previousLabelPOS = prefixes.previousLabelPOS[p1].adding(input.pos[index])
        self.history = history.map { prefixes.history[$0] }
        let cluster = input.clusters[index]
        previousLabelCluster = cluster == UInt64.max ? nil
            : prefixes.previousLabelCluster[p1].adding(WordClusters.id(cluster, level: 1))
        if let firstPass {
            firstPassPreviousLabel = prefixes.firstPassPreviousLabel[p1 * Prefixes.slots + firstPass.labels[index] + 1]
            let phrase = firstPass.phraseCode[index]
            phrasePreviousLabel = phrase == 0 ? nil : prefixes.phrasePreviousLabel[phrase * Prefixes.slots + p1]
        } else {
            firstPassPreviousLabel = nil
            phrasePreviousLabel = nil
        }
    }

    /// Hashes of every (template, label…) prefix, indexed by label + 1 (0 is the sentence start).
    struct Prefixes: Sendable {
        /// Label values: the sentence start and the BILOU labels.
        static let slots = BILOU.labels.count + 1

        let previousLabel: [FeatureHash]
        /// `[(previous + 1) × slots + beforePrevious + 1]`
        let previousTwoLabels: [FeatureHash]
        let previousLabelLower: [FeatureHash]
        let previousLabelShape: [FeatureHash]
        let previousLabelPOS: [FeatureHash]
        let previousLabelCluster: [FeatureHash]
        /// By history type (`BILOU.types.count` for O).
        let history: [FeatureHash]
        /// `[(previous + 1) × slots + firstPassLabel + 1]`
        let firstPassPreviousLabel: [FeatureHash]
        /// `[phraseCode × slots + previous + 1]`
        let phrasePreviousLabel: [FeatureHash]

        static let shared = Prefixes()

        private init() {
            typealias Template = NERFeatures.Template
            let values = (-1..<BILOU.labels.count).map { UInt64(bitPattern: Int64($0)) }
            func byLabel(_ template: Template) -> [FeatureHash] { values.map { template.start.adding($0) } }
            func byTwoLabels(_ template: Template) -> [FeatureHash] {
                values.flatMap { a in values.map { b in template.start.adding(a).adding(b) } }
            }
            previousLabel = byLabel(.previousLabel)
            previousTwoLabels = byTwoLabels(.previousTwoLabels)
            previousLabelLower = byLabel(.previousLabelLower)
            previousLabelShape = byLabel(.previousLabelShape)
            previousLabelPOS = byLabel(.previousLabelPOS)
            previousLabelCluster = byLabel(.previousLabelCluster)
            history = (0...BILOU.types.count).map { Template.history.start.adding(UInt64($0)) }
            firstPassPreviousLabel = byTwoLabels(.firstPassPreviousLabel)
            // Phrase codes are 1 + label (0, no phrase, never makes a feature): the code itself
            // is the slot, and it is hashed as the code.
            phrasePreviousLabel = (0..<Prefixes.slots).flatMap { code in
                values.map { Template.phrasePreviousLabel.start.adding(UInt64(code)).adding($0) }
            }
        }
    }
}
