namespace OrientationBot.Knowledge.Units;

/// <summary>The organisational level a unit's name declares ("… Division", "… Team").</summary>
public enum UnitKind
{
    Pillar,
    Department,
    Office,
    Division,
    Service,
    Branch,
    Section,
    Unit,
    Team,
    Cell,
    Taskforce,
    Capacity,
    Cluster,
    Secretariat,
    Fund,
    Other,
}
