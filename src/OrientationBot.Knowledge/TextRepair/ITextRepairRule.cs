namespace OrientationBot.Knowledge.TextRepair;

/// <summary>One repair of PDF-extracted text. Rules keep the line structure (leading spaces carry the organigramme's indentation).</summary>
internal interface ITextRepairRule
{
    string Apply(string text, Vocabulary vocabulary);
}
