namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>What a request of <c>dmc pull</c> is, as the pull kill test counts it (<see cref="PullRequestKinds"/>).</summary>
internal enum PullRequestKind
{
    /// <summary>Anything else (the audiences' lists, WhoAmI, reads of <c>dmc_syncstate</c>).</summary>
    Other,

    /// <summary>A write of the pull lease (<c>dmc_syncstate</c> <c>lease:pull</c>).</summary>
    LeaseWrite,

    /// <summary>A page of changed members (<c>GET /lists/{id}/members</c>).</summary>
    StatusRead,

    /// <summary>A <c>$batch</c> of reads only: the records of a page of members or of a chunk of events, or their lists.</summary>
    MatchRead,

    /// <summary>A <c>$batch</c> of consent change sets (list removals, consent log rows, record updates).</summary>
    ConsentWrite,

    /// <summary>A write of a member-status checkpoint (<c>checkpoint:members:…</c>).</summary>
    MemberCheckpointWrite,

    /// <summary>The sent campaigns (<c>GET /campaigns</c>).</summary>
    CampaignsRead,

    /// <summary>A page of a campaign's email activity (<c>GET /reports/{id}/email-activity</c>).</summary>
    ActivityRead,

    /// <summary>A page of a campaign's unsubscribes (<c>GET /reports/{id}/unsubscribed</c>).</summary>
    UnsubscribesRead,

    /// <summary>A <c>$batch</c> of campaign and activity upserts with no checkpoint.</summary>
    ActivityWrite,

    /// <summary>A <c>$batch</c> that carries activity checkpoints (<c>checkpoint:activity:…</c>), with or without rows.</summary>
    ActivityCheckpointWrite,
}
