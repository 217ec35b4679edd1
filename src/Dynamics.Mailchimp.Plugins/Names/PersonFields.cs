namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Name columns of contact and lead.</summary>
    public static class PersonFields
    {
        /// <summary>First name.</summary>
        public const string FirstName = "firstname";

        /// <summary>Last name.</summary>
        public const string LastName = "lastname";
    }
}
