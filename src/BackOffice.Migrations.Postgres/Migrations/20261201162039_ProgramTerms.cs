using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgramTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundFeeFlat",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "RefundFeeUnit",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "StoreRefundCap",
                table: "ProgramPolicies");

            migrationBuilder.RenameColumn(
                name: "RefundPayoutBusinessDays",
                table: "ProgramPolicies",
                newName: "UsedPercentBase");

            migrationBuilder.RenameColumn(
                name: "RefundFeePercent",
                table: "ProgramPolicies",
                newName: "ReissueValidity");

            migrationBuilder.RenameColumn(
                name: "RefundFeeKind",
                table: "ProgramPolicies",
                newName: "PrescriptionYears");

            migrationBuilder.AddColumn<int>(
                name: "CardValidityYears",
                table: "ProgramPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CitationsJson",
                table: "ProgramPolicies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DisasterRefundWithoutFee",
                table: "ProgramPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ExpiredCardReissueCarriesBalance",
                table: "ProgramPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RecoveredLostCardRefundable",
                table: "ProgramPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RefundChannelsJson",
                table: "ProgramPolicies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymizeAfter",
                table: "Members",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnonymizedAt",
                table: "Members",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "Members",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FaceValue",
                table: "Cards",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardValidityYears",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CitationsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DisasterRefundWithoutFee",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ExpiredCardReissueCarriesBalance",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "RecoveredLostCardRefundable",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "RefundChannelsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "AnonymizeAfter",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "AnonymizedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "FaceValue",
                table: "Cards");

            migrationBuilder.RenameColumn(
                name: "UsedPercentBase",
                table: "ProgramPolicies",
                newName: "RefundPayoutBusinessDays");

            migrationBuilder.RenameColumn(
                name: "ReissueValidity",
                table: "ProgramPolicies",
                newName: "RefundFeePercent");

            migrationBuilder.RenameColumn(
                name: "PrescriptionYears",
                table: "ProgramPolicies",
                newName: "RefundFeeKind");

            migrationBuilder.AddColumn<long>(
                name: "RefundFeeFlat",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RefundFeeUnit",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "StoreRefundCap",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }
    }
}
