using System.Text.Json;
using OrientationBot.Knowledge.Answers;

namespace OrientationBot.Knowledge.Tests.Answers;

public sealed class AnswerFormatTests
{
    [Fact]
    public void Json_ForUnitAnswer_HasTheFiveFields()
    {
        var answer = AnswererFixture.Answerer.Ask("whats the email for integrated training service");

        using var json = JsonDocument.Parse(AnswerJson.Format(answer, KnowledgeFixture.Directory));

        var root = json.RootElement;
        Assert.Equal("whats the email for integrated training service", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.False(root.GetProperty("tentative").GetBoolean());
        Assert.Equal("Integrated Training Service", root.GetProperty("units")[0].GetString());
        Assert.Equal("peacekeeping-training@un.org", root.GetProperty("emails")[0].GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("urls").ValueKind);
        Assert.DoesNotContain('\n', AnswerJson.Format(answer, KnowledgeFixture.Directory));
    }

    [Fact]
    public void Json_ForDecline_IsNotAnswered()
    {
        var answer = AnswererFixture.Answerer.Ask("what's the dress code");

        using var json = JsonDocument.Parse(AnswerJson.Format(answer, KnowledgeFixture.Directory));

        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("units").GetArrayLength());
    }

    [Fact]
    public void Text_ForUnitWithoutOwnEmail_SaysWhoseTheNearestEmailIs()
    {
        var answer = AnswererFixture.Answerer.Ask("email for the field training support team pls");

        var text = AnswerText.Format(answer, KnowledgeFixture.Directory);

        Assert.Contains("Field Training Support Team (FTST)", text, StringComparison.Ordinal);
        Assert.Contains("Part of: Department of Peace Operations > Policy, Evaluation and Training Division > Integrated Training Service", text, StringComparison.Ordinal);
        Assert.Contains("gives no email", text, StringComparison.Ordinal);
        Assert.Contains("it gives peacekeeping-training@un.org for the Integrated Training Service, which it is part of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ForUnitWithoutDescription_SaysSoPlainly()
    {
        var answer = AnswererFixture.Answerer.Ask("what does the mediation support unit do");

        var text = AnswerText.Format(answer, KnowledgeFixture.Directory);

        Assert.Contains("Mediation Support Unit", text, StringComparison.Ordinal);
        Assert.Contains("does not describe", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who leads OMA", UnitLeadership.RoleOnlyNote)]
    [InlineData("who is the usg of dpo", null)]
    public void Text_ForPersonQuestion_SaysWhenTheGuideNamesNoOne(string question, string? note)
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask(question));

        var text = AnswerText.Format(answer, KnowledgeFixture.Directory);

        Assert.Equal(QuestionIntent.Person, answer.Intent);
        Assert.Equal(note is not null, text.Contains(note ?? "names no one", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAnswer_ShowsOnlyEmailsAndUrlsFromKnowledge()
    {
        var questions = AnswererFixture.Questions.Select(q => q.Question).Append("email for the training people");

        var shown = questions.Select(AnswererFixture.Answerer.Ask).SelectMany(a => a.Emails.Concat(a.Urls)).Distinct().ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, value => Assert.Contains(value, KnowledgeFixture.AllText, StringComparison.Ordinal));
    }
}
