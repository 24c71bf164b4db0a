namespace OrientationBot.Tips;

internal enum TipCommandKind
{
    /// <summary>"tips on": subscribe, or resume a paused subscription.</summary>
    TipsOn,

    /// <summary>"tips off": pause, keeping the user's place in the programme.</summary>
    TipsOff,

    /// <summary>"tip": the next tip now.</summary>
    NextTip,

    /// <summary>"tips at 8:30": change the local delivery time.</summary>
    TipsAt,

    /// <summary>"start date 2026-12-01": set day 1 of the programme.</summary>
    StartDate,
}
