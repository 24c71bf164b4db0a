namespace OrientationBot.Knowledge.Answers;

/// <summary>What the person asking wants to know.</summary>
public enum QuestionIntent
{
    /// <summary>What a unit does ("what does the mediation support unit do").</summary>
    About,
    /// <summary>Which unit handles a topic ("who looks after quick impact projects").</summary>
    WhoHandles,
    /// <summary>An email or way to reach a unit.</summary>
    Contact,
    /// <summary>A website or link.</summary>
    Website,
    /// <summary>Who leads a unit.</summary>
    Person,
    /// <summary>Where a unit sits, physically or in the organisation.</summary>
    Location,
    /// <summary>What a unit contains.</summary>
    Children,
    /// <summary>Which unit a unit belongs to.</summary>
    Parent,
    /// <summary>What an acronym stands for.</summary>
    AcronymMeaning,
}
