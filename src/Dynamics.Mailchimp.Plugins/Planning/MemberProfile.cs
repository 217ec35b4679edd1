using System;
using System.Collections.Generic;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>How one member table (contact, lead, account) takes part in the sync.</summary>
    public sealed class MemberProfile
    {
        private static readonly IReadOnlyList<string> Consent = Array.AsReadOnly(new[]
        {
            MemberFields.DoNotBulkEmail, MemberFields.DoNotSendMarketingMaterials, MemberFields.DoNotEmail,
        });

        /// <summary>Contacts: list member type 2.</summary>
        public static readonly MemberProfile Contact = new MemberProfile(TableNames.Contact, 2, PersonFields.FirstName, PersonFields.LastName);

        /// <summary>Leads: list member type 4.</summary>
        public static readonly MemberProfile Lead = new MemberProfile(TableNames.Lead, 4, PersonFields.FirstName, PersonFields.LastName);

        /// <summary>Accounts: list member type 1.</summary>
        public static readonly MemberProfile Account = new MemberProfile(TableNames.Account, 1, AccountFields.Name);

        private static readonly IReadOnlyList<MemberProfile> All = Array.AsReadOnly(new[] { Contact, Lead, Account });

        private MemberProfile(string table, int listMemberType, params string[] nameColumns)
        {
            Table = table;
            ListMemberType = listMemberType;
            CoreColumns = Array.AsReadOnly(new[] { MemberFields.EmailAddress1 }.Concat(nameColumns).Concat(Consent).Concat(new[] { MemberFields.StateCode }).ToArray());
        }

        /// <summary>The table's logical name.</summary>
        public string Table { get; }

        /// <summary>The list's <c>createdfromcode</c> for this member type.</summary>
        public int ListMemberType { get; }

        /// <summary>Columns every sync needs: email, names, consent and status.</summary>
        public IReadOnlyList<string> CoreColumns { get; }

        /// <summary>Core columns plus <paramref name="mappedColumns"/>.</summary>
        public IReadOnlyList<string> SyncedColumns(IEnumerable<string> mappedColumns) =>
            Array.AsReadOnly(CoreColumns.Concat(mappedColumns).Distinct(StringComparer.Ordinal).ToArray());

        /// <summary>The profile of <paramref name="table"/>, or null when it is not a member table.</summary>
        public static MemberProfile? Find(string? table) => All.FirstOrDefault(p => p.Table == table);

        /// <summary>The profile for a list's <c>createdfromcode</c>, or null.</summary>
        public static MemberProfile? ForListMemberType(int listMemberType) => All.FirstOrDefault(p => p.ListMemberType == listMemberType);

        /// <summary>"contact, lead and account".</summary>
        public static string Describe() => string.Join(", ", All.Select(p => p.Table));
    }
}
