using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// How <see cref="LuceneUnitIndex"/> cuts its fields into terms: the text arrives stemmed (<see cref="Stemmer"/>), so it is only
/// split on spaces, lower-cased and stripped of accents (as FTS5's unicode61 did), never stemmed a second time.
/// </summary>
internal static class StemAnalyzer
{
    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer)));
    });

    /// <summary>A query stem as the analyzer would have indexed it; stems are lower-case already, and most are plain ASCII.</summary>
    public static string Term(string stem)
    {
        if (Ascii.IsValid(stem))
            return stem.ToLowerInvariant();
        var input = stem.ToLowerInvariant().ToCharArray();
        var output = new char[input.Length * 4]; // a folded character takes at most four
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
