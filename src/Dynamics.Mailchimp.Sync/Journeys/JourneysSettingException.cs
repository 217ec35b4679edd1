namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>An audience setting's Customer Insights – Journeys ids cannot be used; the message names the audience and the column.</summary>
public sealed class JourneysSettingException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="JourneysSettingException"/> class.</summary>
    /// <param name="audienceId">The audience whose setting is wrong.</param>
    /// <param name="problem">What is wrong, as the end of a sentence.</param>
    public JourneysSettingException(string audienceId, string problem)
        : base($"The Mailchimp audience setting of audience {audienceId} {problem}.")
    {
        AudienceId = audienceId;
    }

    /// <summary>Gets the audience.</summary>
    public string AudienceId { get; }
}
