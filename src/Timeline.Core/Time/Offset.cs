namespace Timeline.Core.Time;

/// <summary>An amount of time in calendar units ("2 years 1 month 21 days"), applied years first, then months, then days.</summary>
internal readonly record struct Offset(int Years, int Months, int Days, TimeUnit Finest)
{
    public Offset(int amount, TimeUnit unit) : this(0, 0, 0, unit)
    {
        this = Add(amount, unit) with { Finest = unit };
    }

    public Offset Add(int amount, TimeUnit unit)
    {
        var next = unit switch
        {
            TimeUnit.Day => this with { Days = Days + amount },
            TimeUnit.Week => this with { Days = Days + 7 * amount },
            TimeUnit.Fortnight => this with { Days = Days + 14 * amount },
            TimeUnit.Month => this with { Months = Months + amount },
            TimeUnit.Quarter => this with { Months = Months + 3 * amount },
            TimeUnit.Year => this with { Years = Years + amount },
            TimeUnit.Decade => this with { Years = Years + 10 * amount },
            _ => this with { Years = Years + 100 * amount },
        };
        return next with { Finest = unit < Finest ? unit : Finest };
    }

    public DateOnly ApplyTo(DateOnly day, int sign) => day.AddYears(sign * Years).AddMonths(sign * Months).AddDays(sign * Days);
}
