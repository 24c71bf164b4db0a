using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

/// <summary>Weekdays less the holidays of knowledge/holidays.json: no tip on Christmas Day, New Year's Day or a duty station's own.</summary>
public sealed class WorkingDaysTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orientationbot-holidays-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ShippedFile_SkipsUnHeadquartersFixedHolidaysAndWeekends()
    {
        var days = WorkingDays.Load(RepositoryFiles.Knowledge(WorkingDays.FileName));

        Assert.False(days.IsWorkingDay(new DateOnly(2026, 12, 25))); // a Friday
        Assert.False(days.IsWorkingDay(new DateOnly(2027, 1, 1))); // a Friday
        Assert.False(days.IsWorkingDay(new DateOnly(2026, 12, 26))); // a Saturday
        Assert.True(days.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.Equal(new DateOnly(2026, 12, 28), days.OnOrAfter(new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public void Load_ADutyStationsOwnDates_SkipsThemToo()
    {
        var path = Write("""{ "everyYear": ["01-01", "12-25", "07-01"], "dates": ["2026-11-26"] }""");

        var days = WorkingDays.Load(path);

        Assert.False(days.IsWorkingDay(new DateOnly(2026, 11, 26)));
        Assert.False(days.IsWorkingDay(new DateOnly(2027, 7, 1)));
        Assert.True(days.IsWorkingDay(new DateOnly(2027, 11, 26)));
        Assert.Equal(4, days.HolidayCount);
    }

    [Fact]
    public void Load_NoFile_UsesUnHeadquartersFixedHolidays()
    {
        var days = WorkingDays.Load(Path.Combine(folder, "absent.json"));

        Assert.Same(WorkingDays.UnHeadquarters, days);
        Assert.False(days.IsWorkingDay(new DateOnly(2026, 12, 25)));
    }

    /// <summary>"01/12/2026" could be either of two days; the file must say which.</summary>
    [Theory]
    [InlineData("""{ "dates": ["01/12/2026"] }""", "\"01/12/2026\" in dates is not a date as YYYY-MM-DD")]
    [InlineData("""{ "everyYear": ["25-12"] }""", "\"25-12\" in everyYear is not a day of the year as MM-DD")]
    public void Load_AMalformedEntry_NamesTheFileAndTheEntry(string json, string message)
    {
        var path = Write(json);

        var error = Assert.Throws<FormatException>(() => WorkingDays.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_AcrossChristmas_GoesFromThe24thToThe28th()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(3)), units: null, WorkingDays.UnHeadquarters);

        var preview = programme.Preview(2, new DateOnly(2026, 12, 24));

        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 28)], preview.Select(d => d.Date));
    }

    private string Write(string json)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
