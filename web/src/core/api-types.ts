/**
 * Generated from the OpenAPI document (lib/openapi.ts) by scripts/api-types.ts: do not edit.
 * `npm run api-types` writes it again; test/unit/api-types.test.ts fails while it differs.
 */

export interface components {
  schemas: {
    AccessLogEntry: {
      entryId: string;
      at: string;
      /** Who read the data */
      staffId: string;
      /** Their roles at the time */
      roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
      kind: "view" | "list" | "search" | "export" | "correct" | "erase";
      /** The route (or job) that read the data */
      purpose: string;
      /** The customer's reference (blind index of their phone; the pseudonym once erased), when the read concerned one customer */
      customerRef?: string;
      ticketIds: Array<string>;
      /** The personal fields the read disclosed */
      fields: Array<"customer.name" | "customer.organisation" | "customer.phone" | "customer.email" | "site.address" | "site.contactName" | "site.contactPhone">;
      [key: string]: unknown;
    };
    AccessLogPage: {
      /** Newest first */
      items: Array<components['schemas']["AccessLogEntry"]>;
      /** Pass as `cursor` for the next page; absent on the last page */
      cursor?: string;
      [key: string]: unknown;
    };
    AdHocAssessment: {
      date: string;
      kind: "incident" | "efficiency" | "other";
      note: string;
      grade?: "excellent" | "good" | "pass" | "fail";
    };
    AdHocAssessmentRecord: {
      assessmentId: string;
      staffId: string;
      /** The quarter of `date` */
      quarter: string;
      date: string;
      kind: "incident" | "efficiency" | "other";
      note: string;
      grade?: "excellent" | "good" | "pass" | "fail";
      by: string;
      at: string;
      [key: string]: unknown;
    };
    AdHocAssessmentResponse: {
      assessment: components['schemas']["AdHocAssessmentRecord"];
      [key: string]: unknown;
    };
    Assessment: {
      diagnosis: string;
      repairPlan: string;
      technicalMeasures: string;
      toolsNeeded: Array<string>;
      toolKinds?: Array<"multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness">;
      partsNeeded: Array<{
        sku: string;
        quantity: number;
      }>;
      skillRequired: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
      complexity: "simple" | "complex";
      estimatedMinutes: number;
      onSite: boolean;
      requiresWorkAtHeight?: boolean;
      requiresElectrician?: boolean;
      remoteInstructions?: string;
    };
    CalendarList: {
      items: Array<{
        id: string;
        name: string;
        /** The version in force (0: built in, never changed); send it as `expectedVersion` to change the calendar */
        version: number;
        updatedAt?: string;
        updatedBy?: string;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    CalendarRecord: {
      id: string;
      name: string;
      /** The version in force (0: built in, never changed); send it as `expectedVersion` to change the calendar */
      version: number;
      updatedAt?: string;
      updatedBy?: string;
      calendar: components['schemas']["WorkCalendar"];
      [key: string]: unknown;
    };
    CalendarSaved: {
      id: string;
      /** The version in force; send it as `expectedVersion` to change the document */
      version: number;
      [key: string]: unknown;
    };
    CalendarUpdate: {
      expectedVersion: number;
      name: string;
      calendar: {
        [key: string]: unknown;
      };
    };
    /** Start and end, local time */
    CalendarWindow: Array<string>;
    CallTaskList: {
      items: Array<components['schemas']["FollowUp"]>;
      [key: string]: unknown;
    };
    CancelVisit: {
      reason: string;
    };
    CatalogPart: {
      name: string;
      specification: string;
      unit: string;
      unitPriceFen: number;
      designated: boolean;
      valuable: boolean;
      reorderPoint: number;
      category?: string;
      bin?: string;
    };
    CatalogPartList: {
      items: Array<components['schemas']["CatalogPartRecord"]>;
      [key: string]: unknown;
    };
    CatalogPartRecord: {
      sku: string;
      name: string;
      specification: string;
      unit: string;
      unitPriceFen: number;
      /** A company-designated qualified part: only these may be installed */
      designated: boolean;
      /** A valuable or wear part: every serial is followed in the issue register */
      valuable: boolean;
      reorderPoint: number;
      category?: string;
      /** Its bin in the warehouse */
      bin?: string;
      [key: string]: unknown;
    };
    CatalogPartResponse: {
      part: components['schemas']["CatalogPartRecord"];
      [key: string]: unknown;
    };
    /** `validUntil` is not before `validFrom`; a certificate of type `other` needs its `name`. */
    Certificate: {
      type: "electrician" | "work_at_height" | "fire_alarm" | "confined_space" | "other";
      name?: string;
      number: string;
      issuer: string;
      validFrom: string;
      validUntil: string;
      scanRef?: string;
    };
    CertificateRecord: {
      certId: string;
      staffId: string;
      type: "electrician" | "work_at_height" | "fire_alarm" | "confined_space" | "other";
      /** The certificate's own name (always there for `other`) */
      name?: string;
      number: string;
      issuer: string;
      validFrom: string;
      /** Valid through this local date (Asia/Shanghai) */
      validUntil: string;
      /** Where the scanned copy is kept */
      scanRef?: string;
      updatedAt: string;
      updatedBy: string;
      [key: string]: unknown;
    };
    CertificateRecordResponse: {
      certificate: components['schemas']["CertificateRecord"];
      [key: string]: unknown;
    };
    CheckIn: {
      latitude?: number;
      longitude?: number;
    };
    Complaint: {
      complaint: string;
      againstStaffId?: string;
    };
    CreatedTicket: {
      id: string;
      number: string;
      status: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      statusUrl: string;
      [key: string]: unknown;
    };
    CustomerComplaint: {
      complaint: string;
    };
    CustomerComplaintFiled: {
      complaint: {
        investigationId: string;
        filedAt: string;
        status: "open" | "outcome_pending_approval" | "closed";
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    DeviceCoverage: {
      kind: "installation_warranty" | "maintenance_contract";
      reference: string;
      /** Local date (Asia/Shanghai), YYYY-MM-DD */
      validFrom: string;
      /** Local date (Asia/Shanghai), YYYY-MM-DD */
      validUntil: string;
      covers: {
        labour: boolean;
        parts: boolean;
        callOut: boolean;
      };
    };
    DeviceCoverageRecord: {
      system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
      serial: string;
      kind: "installation_warranty" | "maintenance_contract";
      /** Contract or warranty reference, shown on the statement */
      reference: string;
      /** Local date, inclusive */
      validFrom: string;
      /** Local date, inclusive */
      validUntil: string;
      /** What a repair inside the validity gets free */
      covers: {
        labour: boolean;
        parts: boolean;
        callOut: boolean;
        [key: string]: unknown;
      };
      updatedAt: string;
      updatedBy: string;
      [key: string]: unknown;
    };
    DeviceCoverageResponse: {
      coverage: components['schemas']["DeviceCoverageRecord"];
      [key: string]: unknown;
    };
    ErasureConfirmation: {
      confirm: true;
    };
    /** Every error: `{ error: { code, message, fields?, ...details } }`. The codes by status: */
    Error: {
      error: {
        /** Stable machine-readable code (the list with statuses is in the description of this schema) */
        code: string;
        /** For people, in the request's locale (Accept-Language or the body's locale): zh-CN or en */
        message: string;
        /** validation_failed: one entry per field that is wrong */
        fields?: Array<{
          path: string;
          message: string;
          [key: string]: unknown;
        }>;
        /** invalid_transition: The ticket's status when the action was refused */
        currentStatus?: string;
        /** statement_state: The statement's status when the action was refused */
        statementStatus?: string;
        /** statement_revision_stale: The revision in force; act on it instead */
        currentRevision?: number;
        /** payment_exceeds_outstanding: What is still to pay, in fen */
        outstandingFen?: number;
        /** technician_not_eligible: The technician refused */
        technicianId?: string;
        /** technician_not_eligible: Why the technician is not eligible (codes as in the candidates list) */
        reasons?: Array<{
          code: string;
          [key: string]: unknown;
        }>;
        /** part_not_designated, insufficient_stock, supplier_not_approved: The part concerned */
        sku?: string;
        /** insufficient_stock: The stock location concerned */
        location?: string;
        /** supplier_not_approved: The supplier concerned */
        supplierId?: string;
        /** supplier_not_approved: Why the supplier may not supply the part */
        reason?: string;
        /** document_state: The purchasing document's state */
        state?: string;
        /** timer_state: The timer's state */
        timerState?: string;
        /** exemption_too_late: The timer's deadline */
        dueAt?: string;
        /** method_not_allowed: The methods the path has (also in the `Allow` header) */
        allow?: Array<string>;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    ExportDelivery: {
      delivery?: "download" | "email";
    };
    FaultReport: {
      customer: {
        name: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        phone: string;
        email?: string;
        organisation?: string;
      };
      site: {
        address: string;
        name?: string;
        contactName?: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        contactPhone?: string;
      };
      device: {
        system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        /** Where in the building, e.g. "B1 car park, entrance 2" */
        location?: string;
      };
      symptom: string;
      urgency?: "urgent" | "general";
      preferredContactTime?: string;
      locale?: "zh-CN" | "en";
      /** The reporter read the privacy notice and agreed (only `true` is accepted) */
      privacyNoticeAccepted?: true;
      /** The version of the notice shown; the current one when absent */
      privacyNoticeVersion?: "2026-12";
    };
    FeeScheduleInForce: {
      value: {
        labour: {
          hourlyRateFen: {
            junior: number;
            senior: number;
            expert: number;
          };
          incrementMinutes: number;
          minimumMinutes: number;
        };
        callOutFeeFen: number;
        urgentSurchargeBasisPoints: number;
        remoteResolutionFeeFen: number;
        vatBasisPoints: number;
        statementAt: "followed_up" | "completion";
        financeEmail: string;
        statementLinkValidDays: number;
        payee?: {
          name: string;
          bankName: string;
          bankAccount: string;
          note?: string;
        };
      };
      /** The version in force; send it as `expectedVersion` to change the schedule */
      version: number;
      updatedAt?: string;
      /** Staff id of who saved this version; absent for the defaults */
      updatedBy?: string;
      [key: string]: unknown;
    };
    FeeScheduleSaved: {
      /** The version in force; send it as `expectedVersion` to change the schedule */
      version: number;
      [key: string]: unknown;
    };
    FeeScheduleUpdate: {
      expectedVersion: number;
      config: {
        labour: {
          hourlyRateFen: {
            junior: number;
            senior: number;
            expert: number;
          };
          incrementMinutes: number;
          minimumMinutes: number;
        };
        callOutFeeFen: number;
        urgentSurchargeBasisPoints: number;
        remoteResolutionFeeFen: number;
        vatBasisPoints: number;
        statementAt: "followed_up" | "completion";
        financeEmail: string;
        statementLinkValidDays: number;
        payee?: {
          name: string;
          bankName: string;
          bankAccount: string;
          note?: string;
        };
      };
    };
    FirstContact: {
      note: string;
      contactedAt?: string;
    };
    FollowUp: {
      ticketId: string;
      ticketNumber: string;
      state: "scheduled" | "surveyed" | "call_task" | "done";
      completedAt: string;
      /** Staff id of who fixed it (the technician, or customer service for a remote fix) */
      repairedBy?: string;
      nextActionAt?: string;
      nextAction?: "send_survey" | "open_call_task";
      surveySentAt?: string;
      surveyExpiresAt?: string;
      callTaskOpenedAt?: string;
      outcome?: {
        satisfaction: number;
        equipmentWorking: boolean;
        comment?: string;
        via: "survey" | "phone";
        recordedAt: string;
        recordedBy: string;
        [key: string]: unknown;
      };
      version: number;
      [key: string]: unknown;
    };
    FollowUpAnswer: {
      satisfaction: number;
      equipmentWorking: boolean;
      comment?: string;
    };
    FrozenScorecard: {
      staffId: string;
      name: string;
      group: "customer_service" | "tech_support" | "repair_service";
      quarter: string;
      facts: components['schemas']["ScorecardFacts"];
      /** The scorecard configuration version it was computed with */
      configVersion: number;
      metrics: Array<{
        metric: "slaKept" | "punctuality" | "repeatFailure" | "satisfaction" | "complaints" | "trainingAttendance" | "examsPassed";
        /** 0-100, one decimal; null when the quarter has nothing to measure it by */
        score: number | null;
        weight: number;
        /** In the weighted score: measured, weighted, and not a small sample */
        counted: boolean;
        smallSample?: boolean;
        [key: string]: unknown;
      }>;
      /** Weighted over the counted metrics; null without a counted work metric */
      score: number | null;
      /** The computed grade (never overwritten); null without a score */
      grade: ("excellent" | "good" | "pass" | "fail") | (null);
      /** Fewer survey answers than the configured minimum: shown, not graded on */
      smallSample: boolean;
      adjustment?: components['schemas']["GradeAdjustmentRecord"];
      /** The adjustment's grade, else the computed one */
      finalGrade: ("excellent" | "good" | "pass" | "fail") | (null);
      signedOffAt: string;
      signedOffBy: string;
      [key: string]: unknown;
    };
    GoodsReceipt: {
      orderId: string;
      /** The receipt's number on its order, from 1 */
      receipt: number;
      at: string;
      by: string;
      note?: string;
      lines: Array<{
        line: number;
        sku: string;
        received: number;
        accepted: number;
        rejected: number;
        rejectReason?: string;
        serials?: Array<string>;
        /** The supplier return its rejected units opened */
        returnId?: string;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    GoodsReceived: {
      order: components['schemas']["PurchaseOrder"];
      receipt: components['schemas']["GoodsReceipt"];
      /** The supplier returns its rejected lines opened */
      returns: Array<components['schemas']["SupplierReturn"]>;
      [key: string]: unknown;
    };
    GradeAdjustment: {
      grade: "excellent" | "good" | "pass" | "fail";
      reason: string;
    };
    /** The manager's grade beside the computed one, with the reason */
    GradeAdjustmentRecord: {
      staffId: string;
      quarter: string;
      grade: "excellent" | "good" | "pass" | "fail";
      reason: string;
      by: string;
      at: string;
      [key: string]: unknown;
    };
    GradeAdjustmentResponse: {
      adjustment: components['schemas']["GradeAdjustmentRecord"];
      [key: string]: unknown;
    };
    Health: {
      status: "ok";
      [key: string]: unknown;
    };
    IneligibleReason: ({
      code: "not_a_technician";
      [key: string]: unknown;
    }) | ({
      code: "inactive";
      [key: string]: unknown;
    }) | ({
      code: "missing_skill";
      skill: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
      [key: string]: unknown;
    }) | ({
      code: "missing_certificate";
      certificate: "electrician" | "work_at_height" | "fire_alarm" | "confined_space";
      [key: string]: unknown;
    }) | ({
      code: "certificate_expired";
      certificate: "electrician" | "work_at_height" | "fire_alarm" | "confined_space";
      expiresOn: string;
      [key: string]: unknown;
    }) | ({
      code: "safety_training_expired";
      validUntil: string;
      [key: string]: unknown;
    }) | ({
      code: "safety_training_missing";
      [key: string]: unknown;
    }) | ({
      code: "tool_missing";
      tool: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
      [key: string]: unknown;
    }) | ({
      code: "tool_overdue" | "tool_failed";
      tool: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
      assetNo: string;
      /** When the inspection was or is due */
      dueOn: string;
      [key: string]: unknown;
    });
    Investigation: {
      investigationId: string;
      ticketId: string;
      ticketNumber: string;
      source: "survey" | "phone" | "complaint";
      trigger: {
        satisfaction?: number;
        equipmentWorking?: boolean;
        comment?: string;
        complaint?: string;
        [key: string]: unknown;
      };
      assignedTo: "manager";
      status: "open" | "outcome_pending_approval" | "closed";
      openedAt: string;
      /** Local date by which the corrective action is due */
      dueDate: string;
      reworkTicketId?: string;
      rootCause?: string;
      correctiveMeasures?: string;
      owner?: string;
      /** The outcome letter to the customer, once drafted */
      customerMessage?: string;
      approvedBy?: string;
      approvedAt?: string;
      closedAt?: string;
      /** The staff member a complaint is against (counts against them once upheld) */
      againstStaffId?: string;
      /** The manager's finding on a complaint: justified or not */
      upheld?: boolean;
      version: number;
      [key: string]: unknown;
    };
    InvestigationAnalysis: {
      rootCause: string;
      correctiveMeasures: string;
      owner: string;
      dueDate: string;
      upheld?: boolean;
      againstStaffId?: string;
    };
    InvestigationList: {
      items: Array<{
        investigationId: string;
        ticketId: string;
        ticketNumber: string;
        source: "survey" | "phone" | "complaint";
        trigger: {
          satisfaction?: number;
          equipmentWorking?: boolean;
          comment?: string;
          complaint?: string;
          [key: string]: unknown;
        };
        assignedTo: "manager";
        status: "open" | "outcome_pending_approval" | "closed";
        openedAt: string;
        /** Local date by which the corrective action is due */
        dueDate: string;
        reworkTicketId?: string;
        rootCause?: string;
        correctiveMeasures?: string;
        owner?: string;
        /** The outcome letter to the customer, once drafted */
        customerMessage?: string;
        approvedBy?: string;
        approvedAt?: string;
        closedAt?: string;
        /** The staff member a complaint is against (counts against them once upheld) */
        againstStaffId?: string;
        /** The manager's finding on a complaint: justified or not */
        upheld?: boolean;
        version: number;
        /** Open and past its due date */
        overdue: boolean;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    InvestigationOutcome: {
      customerMessage: string;
    };
    InvestigationResponse: {
      investigation: components['schemas']["Investigation"];
      [key: string]: unknown;
    };
    InvoiceIssued: {
      /** 8-digit (paper) or 20-digit (fully digital) invoice number */
      invoiceNumber: string;
      /** Local date (Asia/Shanghai), YYYY-MM-DD */
      issuedOn: string;
    };
    /** An organisation title needs `taxpayerId`; a special invoice (专用发票) needs an organisation title and `taxpayerId`, `address`, `phone`, `bankName`, `bankAccount`. */
    InvoiceRequest: {
      /** normal: 增值税普通发票; special: 增值税专用发票 */
      type: "normal" | "special";
      titleType?: "organisation" | "personal";
      /** 发票抬头 */
      title: string;
      /** 纳税人识别号: 18-character unified social credit code (GB 32100-2015) with its check character (format `cn-uscc`) */
      taxpayerId?: string;
      address?: string;
      phone?: string;
      bankName?: string;
      bankAccount?: string;
      email?: string;
      locale?: "zh-CN" | "en";
    };
    IssueRegister: {
      items: Array<{
        /** Absent on uses recorded before the register had kinds: read it as `used` */
        kind?: "issued" | "returned" | "used";
        sku: string;
        at: string;
        by: string;
        quantity: number;
        serials?: Array<string>;
        installedSerial?: string;
        removedSerial?: string;
        location: string;
        /** The technician who took it (issued) or gave it back (returned) */
        takenBy?: string;
        jobId?: string;
        ticketId?: string;
        transferId?: string;
        [key: string]: unknown;
      }>;
      /** Where each serial issued from the store is now: out with a technician, used on a job, or back */
      serials: Array<{
        serial: string;
        state: "out" | "used" | "returned";
        takenBy?: string;
        jobId?: string;
        at: string;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    Job: {
      jobId: string;
      ticketId: string;
      ticketNumber: string;
      technicianId: string;
      status: "scheduled" | "on_site" | "completed" | "cancelled";
      window: {
        from: string;
        to: string;
        [key: string]: unknown;
      };
      visitDate: string;
      agreedCompletionBy?: string;
      plan: string;
      /** Reserved for the visit; the quantity falls as parts are used and to 0 at sign-off */
      partsToTake: Array<{
        sku: string;
        quantity: number;
        /** Where the part is reserved (the van, or the warehouse) */
        location: string;
        [key: string]: unknown;
      }>;
      reschedules: Array<{
        at: string;
        by: string;
        reason: string;
        from: {
          from: string;
          to: string;
          [key: string]: unknown;
        };
        to: {
          from: string;
          to: string;
          [key: string]: unknown;
        };
        fromTechnicianId?: string;
        toTechnicianId?: string;
        [key: string]: unknown;
      }>;
      safetyChecks: Array<{
        at: string;
        by: string;
        items: Array<{
          item: string;
          ok: boolean;
          note?: string;
          [key: string]: unknown;
        }>;
        /** The registered tools checked, as the register stood then (absent on checks recorded before the register) */
        tools?: Array<{
          assetNo: string;
          kind: string;
          nextDueOn: string;
          condition: "ok" | "failed";
          inDate: boolean;
          [key: string]: unknown;
        }>;
        passed: boolean;
        [key: string]: unknown;
      }>;
      checkIn?: {
        at: string;
        latitude?: number;
        longitude?: number;
        /** Arrival against the agreed window */
        punctuality?: {
          insideWindow: boolean;
          lateMinutes: number;
          [key: string]: unknown;
        };
        [key: string]: unknown;
      };
      /** Diagnosis on site */
      diagnosis?: string;
      workDone?: string;
      partsUsed: Array<{
        sku: string;
        name: string;
        quantity: number;
        /** Catalog price when used, in fen */
        unitPriceFen: number;
        /** A valuable part: the serial put in */
        installedSerial?: string;
        /** A valuable part: the serial taken out */
        removedSerial?: string;
        /** The stock it came from (the van) */
        location: string;
        at: string;
        by: string;
        [key: string]: unknown;
      }>;
      testResult?: string;
      /** Advice to the customer on using the equipment */
      usageNotes?: string;
      signOff?: {
        signerName: string;
        signedAt: string;
        /** Where the signature image is kept */
        signatureRef: string;
        signatureBytes: number;
        [key: string]: unknown;
      };
      completedAt?: string;
      cancelled?: {
        at: string;
        by: string;
        reason: string;
        [key: string]: unknown;
      };
      createdAt: string;
      version: number;
      [key: string]: unknown;
    };
    JobDetail: {
      job: components['schemas']["Job"];
      ticket: {
        id: string;
        number: string;
        status: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
        /** The customer's contact data as far as the caller's role needs it (need-to-know): fields the role may not see are absent or replaced by a mask */
        customer?: {
          name?: string;
          phone?: string;
          email?: string;
          organisation?: string;
          [key: string]: unknown;
        };
        site?: {
          address?: string;
          name?: string;
          contactName?: string;
          contactPhone?: string;
          [key: string]: unknown;
        };
        device: {
          system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
          model?: string;
          serial?: string;
          location?: string;
          [key: string]: unknown;
        };
        symptom: string;
        assessment?: components['schemas']["TicketAssessment"];
        rework?: components['schemas']["Rework"];
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    JobList: {
      date: string;
      technicianId: string;
      items: Array<components['schemas']["Job"]>;
      [key: string]: unknown;
    };
    JobResponse: {
      job: components['schemas']["Job"];
      [key: string]: unknown;
    };
    LedgerEntry: {
      entryId: string;
      sku: string;
      kind: "received" | "issued" | "returned" | "used" | "transferred" | "returned_to_supplier" | "written_off" | "stocktake" | "adjusted";
      /** Always positive; the direction is `from` → `to` */
      quantity: number;
      /** The location it left; absent when it came from outside (a supplier, an opening balance) */
      from?: string;
      /** The location it arrived at; absent when it left the company (used on a job, returned to the supplier, written off) */
      to?: string;
      serials?: Array<string>;
      /** The staff id of who moved it */
      actor: string;
      at: string;
      reason: string;
      /** The document the movement belongs to (a purchase order, a transfer, a job, ...) */
      document: {
        type: "purchase_order" | "transfer" | "job" | "stocktake" | "adjustment" | "supplier_return";
        id: string;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    MailTask: {
      taskId: string;
      /** The address the email did not reach */
      address: string;
      /** bounce: not delivered; complaint: the recipient marked it as spam */
      problem: "bounce" | "complaint";
      bounceType?: "Permanent" | "Transient" | "Undetermined";
      /** The receiving server's reason, e.g. `550 5.1.1 user unknown` */
      diagnostic?: string;
      messageId: string;
      sentAt: string;
      /** What the email was (ack, survey, visit, statement ...) */
      mailKind?: string;
      subject?: string;
      ticketId?: string;
      ticketNumber?: string;
      /** When the bounce or complaint happened */
      at: string;
      /** Whether the address is the ticket's customer address (an invoice contact's may differ) */
      customerAddress: boolean;
      state: "open" | "closed";
      openedAt: string;
      closedAt?: string;
      closedBy?: string;
      outcome?: "new_address" | "address_confirmed" | "phone_only";
      newAddress?: string;
      note?: string;
      [key: string]: unknown;
    };
    MailTaskClosing: {
      outcome: "new_address" | "address_confirmed" | "phone_only";
      newAddress?: string;
      note: string;
    };
    MailTaskList: {
      items: Array<components['schemas']["MailTask"]>;
      [key: string]: unknown;
    };
    MailTaskResponse: {
      task: components['schemas']["MailTask"];
      [key: string]: unknown;
    };
    PartLedger: {
      /** Every movement of the part, in time order */
      items: Array<components['schemas']["LedgerEntry"]>;
      [key: string]: unknown;
    };
    PartUse: {
      sku: string;
      quantity: number;
      installedSerial?: string;
      removedSerial?: string;
    };
    PartsSettings: {
      approvalThresholdFen: number;
      purchasingEmail: string;
      consumptionWeeks: number;
    };
    PartsSettingsResponse: {
      settings: components['schemas']["PartsSettings"];
      [key: string]: unknown;
    };
    Payment: {
      amountFen: number;
      /** Local date (Asia/Shanghai), YYYY-MM-DD */
      paidOn: string;
      method: "bank_transfer" | "wechat" | "alipay" | "cash" | "card" | "cheque";
      reference?: string;
    };
    PeopleSettings: {
      safetyValidityMonths: number;
      certificateReminderDays: Array<number>;
      toolDueSoonDays: number;
    };
    PersonView: {
      member: {
        id: string;
        name: string;
        roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
        /** Null for the manager and finance */
        group: ("customer_service" | "tech_support" | "repair_service") | (null);
        [key: string]: unknown;
      };
      today: string;
      safetyTraining: {
        /** Derived from the latest passed safety exam; null without one */
        validUntil: (string) | (null);
        valid: boolean;
        [key: string]: unknown;
      };
      certificates: Array<{
        certId: string;
        staffId: string;
        type: "electrician" | "work_at_height" | "fire_alarm" | "confined_space" | "other";
        /** The certificate's own name (always there for `other`) */
        name?: string;
        number: string;
        issuer: string;
        validFrom: string;
        /** Valid through this local date (Asia/Shanghai) */
        validUntil: string;
        /** Where the scanned copy is kept */
        scanRef?: string;
        updatedAt: string;
        updatedBy: string;
        expired: boolean;
        /** Days from today to `validUntil` (negative once expired) */
        daysLeft: number;
        [key: string]: unknown;
      }>;
      /** Newest first */
      training: Array<{
        staffId: string;
        sessionId: string;
        date: string;
        topic: "product_technology" | "maintenance_skills" | "service_etiquette" | "communication" | "safety";
        title: string;
        attended: boolean;
        /** Present when the session had an exam and the person sat it */
        score?: number;
        passMark?: number;
        passed?: boolean;
        [key: string]: unknown;
      }>;
      /** The tools the person holds */
      tools: Array<{
        assetNo: string;
        kind: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
        name: string;
        /** A technician's staff id, or `warehouse` */
        holder: string;
        inspectionIntervalDays: number;
        /** The latest inspection's result; `failed` keeps the tool off jobs until it passes again */
        condition: "ok" | "failed";
        lastInspectedOn?: string;
        nextDueOn: string;
        updatedAt: string;
        version: number;
        /** What keeps the tool off jobs today; null when nothing does */
        problem: ("tool_failed" | "tool_overdue") | (null);
        [key: string]: unknown;
      }>;
      /** This year's signed-off scorecards, latest quarter first */
      scorecards: Array<components['schemas']["FrozenScorecard"]>;
      [key: string]: unknown;
    };
    PersonalDataCorrection: {
      customer?: {
        name?: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        phone?: string;
        email?: string;
        organisation?: string;
      };
      site?: {
        address?: string;
        contactName?: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        contactPhone?: string;
      };
    };
    PersonalDataExport: {
      request: components['schemas']["RightsRequestRecord"];
      data: {
        generatedAt: string;
        subject: {
          phone?: string;
          email?: string;
          [key: string]: unknown;
        };
        tickets: Array<{
          number: string;
          /** The ticket as held, every field, contact data in full */
          ticket: {
            id: string;
            number: string;
            customer: {
              name: string;
              phone: string;
              email?: string;
              organisation?: string;
              [key: string]: unknown;
            };
            site: {
              address: string;
              name?: string;
              contactName?: string;
              contactPhone?: string;
              [key: string]: unknown;
            };
            [key: string]: unknown;
          };
          timeline: Array<components['schemas']["TicketEvent"]>;
          /** The follow-up as held (outcome, survey), when there is one */
          followUp?: {
            ticketId: string;
            [key: string]: unknown;
          };
          visits: Array<{
            /** The visit as held */
            job: {
              jobId: string;
              [key: string]: unknown;
            };
            /** A signature image is kept (the image itself is not in the copy) */
            signature: boolean;
            [key: string]: unknown;
          }>;
          /** The statement with its revisions and facts, as held, when there is one */
          statement?: {
            statement: {
              statementId: string;
              [key: string]: unknown;
            };
            revisions: Array<{
              revision: number;
              [key: string]: unknown;
            }>;
            facts: Array<{
              kind: string;
              at: string;
              [key: string]: unknown;
            }>;
            [key: string]: unknown;
          };
          [key: string]: unknown;
        }>;
        [key: string]: unknown;
      };
      /** The same as rows (ticket, field, value), UTF-8 with BOM */
      csv: string;
      /** Delivery `email`: the customer's address on file it was sent to */
      emailedTo?: string;
      [key: string]: unknown;
    };
    PlanOrders: {
      month: string;
    };
    PrivacySettings: {
      contactRetentionDays: number;
      accessLogRetentionDays: number;
      technicianContactDays: number;
    };
    ProcurementPlan: {
      month: string;
      /** The consumption window: average use over this many weeks */
      weeks: number;
      lines: Array<{
        sku: string;
        name: string;
        specification: string;
        unit: string;
        /** Suggested order quantity */
        quantity: number;
        /** On hand minus reserved, over every location */
        available: number;
        reorderPoint: number;
        /** Used on jobs in the consumption window */
        consumed: number;
        /** The cheapest supplier qualified for the part today; absent when there is none */
        supplierId?: string;
        supplierName?: string;
        unitPriceFen?: number;
        leadTimeDays?: number;
        /** The day to order so it arrives as the part reaches its reorder point */
        purchaseBy: string;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    PublicStatementView: {
      statementId: string;
      number: string;
      ticketNumber: string;
      status: "issued" | "disputed" | "confirmed" | "settled";
      statusText: string;
      revision: number;
      issuedAt: string;
      revisionReason?: string;
      customer: {
        name: string;
        organisation?: string;
        [key: string]: unknown;
      };
      site?: {
        name: string;
        [key: string]: unknown;
      };
      device: {
        system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        [key: string]: unknown;
      };
      lines: Array<components['schemas']["StatementLine"]>;
      /** Amount in fen (1/100 yuan) */
      subtotalFen: number;
      /** Amount in fen (1/100 yuan) */
      discountFen: number;
      /** Amount in fen (1/100 yuan) */
      netFen: number;
      vatBasisPoints: number;
      /** Amount in fen (1/100 yuan) */
      taxFen: number;
      /** Amount in fen (1/100 yuan) */
      totalFen: number;
      /** Amount in fen (1/100 yuan) */
      paidFen: number;
      /** Amount in fen (1/100 yuan) */
      outstandingFen: number;
      confirmedAt?: string;
      dispute?: {
        at: string;
        reason: string;
        [key: string]: unknown;
      };
      invoice?: {
        type: "normal" | "special";
        title: string;
        requestedAt: string;
        invoiceNumber?: string;
        issuedOn?: string;
        [key: string]: unknown;
      };
      /** What the customer can do next */
      actions: {
        confirm: boolean;
        dispute: boolean;
        requestInvoice: boolean;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    PublicTicketView: {
      number: string;
      status: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      statusLabel: string;
      urgency: "urgent" | "general";
      system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
      reportedAt: string;
      milestones: Array<{
        at: string;
        type: string;
        label: string;
        [key: string]: unknown;
      }>;
      nextStep: string;
      appointment?: {
        from: string;
        to: string;
        [key: string]: unknown;
      };
      promises: Array<{
        kind: string;
        label: string;
        state: "pending" | "kept" | "late" | "waived";
        stateLabel: string;
        dueAt?: string;
        newExpectedAt?: string;
        note?: string;
        [key: string]: unknown;
      }>;
      complaints: Array<{
        investigationId: string;
        filedAt: string;
        complaint: string;
        status: "open" | "outcome_pending_approval" | "closed";
        statusLabel: string;
        reply?: string;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    PurchaseOrder: {
      id: string;
      number: string;
      supplierId: string;
      supplierName: string;
      supplierEmail: string;
      status: "draft" | "pending_approval" | "ordered" | "partly_received" | "received" | "closed" | "cancelled";
      lines: Array<{
        line: number;
        sku: string;
        name: string;
        specification: string;
        unit: string;
        quantity: number;
        unitPriceFen: number;
        /** Received so far: accepted + rejected */
        received: number;
        /** Accepted into stock so far */
        accepted: number;
        /** Rejected at receiving so far (each rejection opened a supplier return) */
        rejected: number;
        /** Accepted units later found nonconforming in stock and returned to the supplier */
        returned?: number;
        [key: string]: unknown;
      }>;
      totalFen: number;
      expectedBy?: string;
      /** The procurement plan month it was drafted from, when it was */
      planMonth?: string;
      createdAt: string;
      createdBy: string;
      submittedAt?: string;
      approvedAt?: string;
      approvedBy?: string;
      orderedAt?: string;
      /** How many receipts were recorded against it */
      receipts: number;
      version: number;
      [key: string]: unknown;
    };
    PurchaseOrderDetail: {
      order: components['schemas']["PurchaseOrder"];
      receipts: Array<components['schemas']["GoodsReceipt"]>;
      /** The ledger entries of its receipts */
      entries: Array<components['schemas']["LedgerEntry"]>;
      [key: string]: unknown;
    };
    PurchaseOrderDraft: {
      supplierId: string;
      lines: Array<{
        sku: string;
        quantity: number;
      }>;
      expectedBy?: string;
      planMonth?: string;
    };
    PurchaseOrderList: {
      items: Array<components['schemas']["PurchaseOrder"]>;
      [key: string]: unknown;
    };
    PurchaseOrderResponse: {
      order: components['schemas']["PurchaseOrder"];
      [key: string]: unknown;
    };
    PutPeopleSettings: {
      expectedVersion: number;
      settings: components['schemas']["PeopleSettings"];
    };
    PutPrivacySettings: {
      settings: components['schemas']["PrivacySettings"];
      expectedVersion: number;
    };
    PutScorecardConfig: {
      expectedVersion: number;
      config: components['schemas']["ScorecardConfig"];
    };
    QualityFigures: {
      quarter: string;
      repeatFailure: {
        repairs: number;
        failedAgain: number;
        /** A share between 0 and 1 (four decimals) */
        rate: number;
        /** The configured STD-4a target, as a share */
        target: number;
        met: boolean;
        perTechnician: Array<{
          technicianId: string;
          repairs: number;
          failedAgain: number;
          /** A share between 0 and 1 (four decimals) */
          rate: number;
          met: boolean;
          [key: string]: unknown;
        }>;
        [key: string]: unknown;
      };
      satisfaction: {
        responses: number;
        /** Average score (1-5, two decimals); null without responses */
        average: number | null;
        /** Responses per score, keys "1" to "5" */
        distribution: {
          [key: string]: number;
        };
        equipmentNotWorking: number;
        [key: string]: unknown;
      };
      punctuality: {
        arrivals: number;
        late: number;
        /** A share between 0 and 1 (four decimals); null when nothing was counted */
        onTimeRate: (number) | (null);
        averageLateMinutes: number;
        perTechnician: Array<{
          technicianId: string;
          arrivals: number;
          late: number;
          lateMinutes: number;
          [key: string]: unknown;
        }>;
        [key: string]: unknown;
      };
      investigations: {
        opened: number;
        closed: number;
        overdue: number;
        complaints: number;
        [key: string]: unknown;
      };
      sla: {
        met: number;
        breached: number;
        /** A share between 0 and 1 (four decimals); null when nothing was counted */
        metRate: (number) | (null);
        kinds: Array<{
          kind: "first_contact" | "visit_agreement" | "on_site" | "simple_repair" | "agreed_completion" | "follow_up";
          met: number;
          breached: number;
          exempt: number;
          cancelled: number;
          laterGenerations: number;
          /** A share between 0 and 1 (four decimals); null when nothing was counted */
          metRate: (number) | (null);
          [key: string]: unknown;
        }>;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    QuarterScorecards: {
      quarter: string;
      /** Null while the cards are live drafts */
      signOff: (components['schemas']["ScorecardSignOff"]) | (null);
      cards: Array<{
        staffId: string;
        name: string;
        group: "customer_service" | "tech_support" | "repair_service";
        quarter: string;
        facts: components['schemas']["ScorecardFacts"];
        /** The scorecard configuration version it was computed with */
        configVersion: number;
        metrics: Array<{
          metric: "slaKept" | "punctuality" | "repeatFailure" | "satisfaction" | "complaints" | "trainingAttendance" | "examsPassed";
          /** 0-100, one decimal; null when the quarter has nothing to measure it by */
          score: number | null;
          weight: number;
          /** In the weighted score: measured, weighted, and not a small sample */
          counted: boolean;
          smallSample?: boolean;
          [key: string]: unknown;
        }>;
        /** Weighted over the counted metrics; null without a counted work metric */
        score: number | null;
        /** The computed grade (never overwritten); null without a score */
        grade: ("excellent" | "good" | "pass" | "fail") | (null);
        /** Fewer survey answers than the configured minimum: shown, not graded on */
        smallSample: boolean;
        /** The adjustment in force */
        adjustment?: components['schemas']["GradeAdjustmentRecord"];
        finalGrade: ("excellent" | "good" | "pass" | "fail") | (null);
        signedOffAt?: string;
        signedOffBy?: string;
        /** Every adjustment of the quarter, oldest first */
        adjustments: Array<components['schemas']["GradeAdjustmentRecord"]>;
        adHoc: Array<components['schemas']["AdHocAssessmentRecord"]>;
        /** Counts that changed after sign-off, by fact path (`complaintsUpheld`, `sla.met`): shown beside the frozen card, never in it; empty for a draft */
        afterSignOff: {
          [key: string]: number;
        };
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    QuarterSignedOff: {
      signOff: components['schemas']["ScorecardSignOff"];
      cards: Array<components['schemas']["FrozenScorecard"]>;
      [key: string]: unknown;
    };
    Receipt: {
      lines: Array<{
        line: number;
        received: number;
        accepted: number;
        rejected: number;
        rejectReason?: string;
        serials?: Array<string>;
      }>;
      note?: string;
      expectedVersion?: number;
    };
    RegisteredTool: {
      assetNo: string;
      kind: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
      name: string;
      /** A technician's staff id, or `warehouse` */
      holder: string;
      inspectionIntervalDays: number;
      /** The latest inspection's result; `failed` keeps the tool off jobs until it passes again */
      condition: "ok" | "failed";
      lastInspectedOn?: string;
      nextDueOn: string;
      updatedAt: string;
      version: number;
      [key: string]: unknown;
    };
    RegisteredToolResponse: {
      tool: components['schemas']["RegisteredTool"];
      [key: string]: unknown;
    };
    RemoteResolutionConfirmation: {
      customerConfirmation: string;
    };
    RescheduleVisit: {
      window: {
        from: string;
        to: string;
      };
      reason: string;
      technicianId?: string;
    };
    Retriage: ({
      classification: "simple";
      reason: string;
      notes: string;
      solution: string;
      guidance: string;
    }) | ({
      classification: "complex";
      reason: string;
      notes: string;
    });
    Rework: {
      ofTicketId: string;
      ofTicketNumber: string;
      repairedAt: string;
      /** The quarter (Asia/Shanghai) of the earlier repair */
      repairQuarter?: string;
      /** Absent: recorded before judgements existed, when every rework was free */
      judgement?: "suspected" | "confirmed" | "rejected";
      decisions?: Array<{
        decision: "confirmed" | "rejected";
        reason: string;
        by: string;
        at: string;
        /** The manager changed an earlier decision */
        override: boolean;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    ReworkJudgement: {
      decision: "confirmed" | "rejected";
      reason: string;
    };
    RightsRequest: {
      kind: "export" | "correct" | "erase";
      subject: {
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        phone?: string;
        email?: string;
      };
      verification: {
        method: "callback_registered_phone" | "email_from_registered_address" | "id_document_in_person" | "written_request_with_seal";
        note: string;
      };
    };
    RightsRequestList: {
      month: string;
      /** Newest first */
      items: Array<components['schemas']["RightsRequestRecord"]>;
      [key: string]: unknown;
    };
    RightsRequestRecord: {
      requestId: string;
      kind: "export" | "correct" | "erase";
      /** The customer, by the phone or email they gave */
      subject: {
        /** E.164 */
        phone?: string;
        email?: string;
        [key: string]: unknown;
      };
      /** How customer service checked the requester is the customer, who did, and when */
      verification: {
        method: "callback_registered_phone" | "email_from_registered_address" | "id_document_in_person" | "written_request_with_seal";
        note: string;
        by: string;
        at: string;
        [key: string]: unknown;
      };
      status: "open" | "done";
      createdAt: string;
      /** What was done (absent while open) */
      outcome?: {
        by: string;
        at: string;
        /** How many tickets it covered */
        tickets: number;
        /** An export emailed: the address on file it went to */
        emailedTo?: string;
        /** A correction: the fields corrected */
        fields?: Array<"customer.name" | "customer.organisation" | "customer.phone" | "customer.email" | "site.address" | "site.contactName" | "site.contactPhone">;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    RightsRequestResponse: {
      request: components['schemas']["RightsRequestRecord"];
      [key: string]: unknown;
    };
    SafetyCheck: {
      /** One entry per item checked. The standard checklist must all be there (a 400 naming the missing ones otherwise): `insulated_tools`, `multimeter_calibrated`, `ladder_or_platform`, `ppe_helmet_gloves`, `cable_tester`, `spare_parts_checked`; further items may be added. The check passes when every item is ok. */
      items: Array<{
        item: string;
        ok: boolean;
        note?: string;
      }>;
      toolsChecked?: Array<string>;
    };
    ScheduleVisit: {
      technicianId: string;
      window: {
        from: string;
        to: string;
      };
      agreedCompletionBy?: string;
    };
    ScorecardConfig: {
      groups: {
        customer_service: {
          weights: {
            slaKept: number;
            punctuality: number;
            repeatFailure: number;
            satisfaction: number;
            complaints: number;
            trainingAttendance: number;
            examsPassed: number;
          };
          bands: {
            excellent: number;
            good: number;
            pass: number;
          };
        };
        tech_support: {
          weights: {
            slaKept: number;
            punctuality: number;
            repeatFailure: number;
            satisfaction: number;
            complaints: number;
            trainingAttendance: number;
            examsPassed: number;
          };
          bands: {
            excellent: number;
            good: number;
            pass: number;
          };
        };
        repair_service: {
          weights: {
            slaKept: number;
            punctuality: number;
            repeatFailure: number;
            satisfaction: number;
            complaints: number;
            trainingAttendance: number;
            examsPassed: number;
          };
          bands: {
            excellent: number;
            good: number;
            pass: number;
          };
        };
      };
      minSatisfactionAnswers: number;
      pointsPerUpheldComplaint: number;
    };
    /** The counts of a person's quarter: every number the scorecard is computed from */
    ScorecardFacts: {
      sla: {
        met: number;
        breached: number;
        exempt: number;
        cancelled: number;
        [key: string]: unknown;
      };
      arrivals: {
        total: number;
        late: number;
        [key: string]: unknown;
      };
      repairs: {
        total: number;
        failedAgain: number;
        [key: string]: unknown;
      };
      satisfaction: {
        answers: number;
        sum: number;
        [key: string]: unknown;
      };
      complaintsUpheld: number;
      training: {
        sessions: number;
        attended: number;
        [key: string]: unknown;
      };
      exams: {
        sat: number;
        passed: number;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    ScorecardSignOff: {
      quarter: string;
      at: string;
      by: string;
      configVersion: number;
      [key: string]: unknown;
    };
    ServiceStandards: {
      value: {
        warnAtPercent: number;
        repairWarrantyDays: number;
        repeatFailureTargetPercent: number;
        businessCalendarId: string;
        groupEmails: {
          customer_service: string;
          tech_support: string;
          repair_service: string;
          manager: string;
        };
        standards: Array<{
          id: string;
          timer: "first_contact" | "visit_agreement" | "on_site" | "simple_repair" | "agreed_completion" | "follow_up";
          urgency: "urgent" | "general" | "any";
          minutes: number;
          clock: "always" | "business";
          responsibleGroup: "customer_service" | "tech_support" | "repair_service" | "manager";
        }>;
        followUp: {
          surveyDelayWorkingDays: number;
          callTaskAfterWorkingDays: number;
          surveyLinkValidDays: number;
          lowSatisfactionThreshold: number;
          investigationDueDays: number;
        };
      };
      /** The version in force; send it as `expectedVersion` to change the document */
      version: number;
      updatedAt?: string;
      /** Staff id of who saved this version; absent for the defaults */
      updatedBy?: string;
      [key: string]: unknown;
    };
    ServiceStandardsSaved: {
      /** The version in force; send it as `expectedVersion` to change the document */
      version: number;
      [key: string]: unknown;
    };
    ServiceStandardsUpdate: {
      expectedVersion: number;
      config: {
        warnAtPercent: number;
        repairWarrantyDays: number;
        repeatFailureTargetPercent: number;
        businessCalendarId: string;
        groupEmails: {
          customer_service: string;
          tech_support: string;
          repair_service: string;
          manager: string;
        };
        standards: Array<{
          id: string;
          timer: "first_contact" | "visit_agreement" | "on_site" | "simple_repair" | "agreed_completion" | "follow_up";
          urgency: "urgent" | "general" | "any";
          minutes: number;
          clock: "always" | "business";
          responsibleGroup: "customer_service" | "tech_support" | "repair_service" | "manager";
        }>;
        followUp: {
          surveyDelayWorkingDays: number;
          callTaskAfterWorkingDays: number;
          surveyLinkValidDays: number;
          lowSatisfactionThreshold: number;
          investigationDueDays: number;
        };
      };
    };
    SignOff: {
      signerName: string;
      testResult: string;
      usageNotes: string;
      signaturePng: string;
    };
    SlaBoard: {
      now: string;
      /** Breaches, exemptions and cancellations of this many days back */
      days: number;
      /** Running timers warned, past their warning instant or overdue; soonest due first */
      atRisk: Array<components['schemas']["SlaBoardEntry"]>;
      /** Running timers whose warning or deadline comes within two days */
      upcoming: Array<components['schemas']["SlaBoardEntry"]>;
      paused: Array<components['schemas']["SlaBoardEntry"]>;
      breached: Array<components['schemas']["SlaBoardEntry"]>;
      exempt: Array<components['schemas']["SlaBoardEntry"]>;
      /** Promises called off (counted neither way), with their reasons */
      cancelled: Array<components['schemas']["SlaBoardEntry"]>;
      /** Stored configuration that could not be used (intake fell back to the defaults), most recent first */
      configAlerts: Array<{
        problem: string;
        detail: string;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    /** A timer with its ticket (number, status, urgency absent when the ticket is gone) */
    SlaBoardEntry: {
      ticketId: string;
      kind: "first_contact" | "visit_agreement" | "on_site" | "simple_repair" | "agreed_completion" | "follow_up";
      /** The service standard it enforces (STD-1a ...); absent for a deadline agreed with the customer */
      standardId?: string;
      clock: "always" | "business";
      /** The calendar whose working time counts (`24x7` for the always clock) */
      calendarId: string;
      responsibleGroup: "customer_service" | "tech_support" | "repair_service" | "manager";
      /** Allowed working minutes in the clock of the timer */
      allowedMinutes: number;
      warnAtPercent: number;
      startedAt: string;
      dueAt: string;
      warnAt: string;
      state: "running" | "paused" | "met" | "breached" | "exempt" | "cancelled";
      pauses: Array<{
        from: string;
        /** Absent while the pause lasts */
        to?: string;
        reason: string;
        by: string;
        category?: "customer_unavailable" | "waiting_site_access" | "waiting_parts" | "customer_asked_delay" | "other";
        customerToldAt?: string;
        customerToldVia?: "phone" | "sms" | "wechat" | "email" | "in_person";
        [key: string]: unknown;
      }>;
      stoppedAt?: string;
      warnedAt?: string;
      breachedAt?: string;
      exemption?: {
        reason: string;
        customerToldAt: string;
        customerToldVia?: "phone" | "sms" | "wechat" | "email" | "in_person";
        recordedAt: string;
        recordedBy: string;
        [key: string]: unknown;
      };
      cancellation?: {
        cause: "visit_cancelled" | "replaced" | "no_visit_needed";
        reason?: string;
        at: string;
        by: string;
        [key: string]: unknown;
      };
      /** Which deadline of its kind on the ticket: 1, then 2, 3 ... when agreed again (absent: 1) */
      generation?: number;
      /** Staff id the promise is attributed to, once known */
      assignee?: string;
      version: number;
      /** Working minutes left in the clock of the timer (negative: overdue); absent once stopped */
      remainingMinutes?: number;
      /** The deadline was computed on provisional holidays (its year's arrangement not loaded yet) */
      provisional?: true;
      ticketNumber?: string;
      ticketStatus?: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      urgency?: "urgent" | "general";
      [key: string]: unknown;
    };
    SlaTimer: {
      ticketId: string;
      kind: "first_contact" | "visit_agreement" | "on_site" | "simple_repair" | "agreed_completion" | "follow_up";
      /** The service standard it enforces (STD-1a ...); absent for a deadline agreed with the customer */
      standardId?: string;
      clock: "always" | "business";
      /** The calendar whose working time counts (`24x7` for the always clock) */
      calendarId: string;
      responsibleGroup: "customer_service" | "tech_support" | "repair_service" | "manager";
      /** Allowed working minutes in the clock of the timer */
      allowedMinutes: number;
      warnAtPercent: number;
      startedAt: string;
      dueAt: string;
      warnAt: string;
      state: "running" | "paused" | "met" | "breached" | "exempt" | "cancelled";
      pauses: Array<{
        from: string;
        /** Absent while the pause lasts */
        to?: string;
        reason: string;
        by: string;
        category?: "customer_unavailable" | "waiting_site_access" | "waiting_parts" | "customer_asked_delay" | "other";
        customerToldAt?: string;
        customerToldVia?: "phone" | "sms" | "wechat" | "email" | "in_person";
        [key: string]: unknown;
      }>;
      stoppedAt?: string;
      warnedAt?: string;
      breachedAt?: string;
      exemption?: {
        reason: string;
        customerToldAt: string;
        customerToldVia?: "phone" | "sms" | "wechat" | "email" | "in_person";
        recordedAt: string;
        recordedBy: string;
        [key: string]: unknown;
      };
      cancellation?: {
        cause: "visit_cancelled" | "replaced" | "no_visit_needed";
        reason?: string;
        at: string;
        by: string;
        [key: string]: unknown;
      };
      /** Which deadline of its kind on the ticket: 1, then 2, 3 ... when agreed again (absent: 1) */
      generation?: number;
      /** Staff id the promise is attributed to, once known */
      assignee?: string;
      version: number;
      /** Working minutes left in the clock of the timer (negative: overdue); absent once stopped */
      remainingMinutes?: number;
      /** The deadline was computed on provisional holidays (its year's arrangement not loaded yet) */
      provisional?: true;
      [key: string]: unknown;
    };
    SlaTimerResponse: {
      timer: components['schemas']["SlaTimer"];
      [key: string]: unknown;
    };
    StaffDirectory: {
      items: Array<components['schemas']["StaffDirectoryEntry"]>;
      [key: string]: unknown;
    };
    StaffDirectoryEntry: {
      id: string;
      name: string;
      /** Only the manager sees contact details */
      email?: string;
      /** Only the manager sees contact details */
      phone?: string;
      roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
      active: boolean;
      technician?: {
        skills: Array<"cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other">;
        skillLevel: "junior" | "senior" | "expert";
        /** The van's stock location */
        stockLocation: string;
        /** A repair-service lead dispatches like the manager */
        lead: boolean;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    StaffFaultReport: {
      customer: {
        name: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        phone: string;
        email?: string;
        organisation?: string;
      };
      site: {
        address: string;
        name?: string;
        contactName?: string;
        /** Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms */
        contactPhone?: string;
      };
      device: {
        system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        /** Where in the building, e.g. "B1 car park, entrance 2" */
        location?: string;
      };
      symptom: string;
      urgency?: "urgent" | "general";
      preferredContactTime?: string;
      locale?: "zh-CN" | "en";
      channel: "web" | "phone" | "email" | "chat";
    };
    StaffMember: {
      name: string;
      email: string;
      phone?: string;
      roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
      active: boolean;
      technician?: {
        skills: Array<"cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other">;
        skillLevel: "junior" | "senior" | "expert";
        stockLocation: string;
        lead?: boolean;
      };
    };
    StaffRecord: {
      id: string;
      name: string;
      email: string;
      phone?: string;
      roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
      active: boolean;
      technician?: {
        skills: Array<"cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other">;
        skillLevel: "junior" | "senior" | "expert";
        /** The van's stock location */
        stockLocation: string;
        /** A repair-service lead dispatches like the manager */
        lead: boolean;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    StaffRecordResponse: {
      member: components['schemas']["StaffRecord"];
      [key: string]: unknown;
    };
    StaffStatementConfirmation: {
      revision: number;
      /** How the customer confirmed, e.g. "by phone with Mr Zhang, 10:20" */
      note: string;
    };
    Statement: {
      statementId: string;
      number: string;
      ticketId: string;
      ticketNumber: string;
      locale: "zh-CN" | "en";
      status: "issued" | "disputed" | "confirmed" | "settled";
      /** The revision in force */
      revision: number;
      feeScheduleVersion: number;
      customer: {
        name: string;
        organisation?: string;
        [key: string]: unknown;
      };
      site: {
        address: string;
        name?: string;
        [key: string]: unknown;
      };
      device: {
        system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        [key: string]: unknown;
      };
      /** Amount in fen (1/100 yuan) */
      subtotalFen: number;
      /** Amount in fen (1/100 yuan) */
      discountFen: number;
      /** Amount in fen (1/100 yuan) */
      taxFen: number;
      /** Amount in fen (1/100 yuan) */
      totalFen: number;
      /** Amount in fen (1/100 yuan) */
      paidFen: number;
      payments: Array<{
        paymentId: string;
        /** Amount in fen (1/100 yuan) */
        amountFen: number;
        paidOn: string;
        method: "bank_transfer" | "wechat" | "alipay" | "cash" | "card" | "cheque";
        reference?: string;
        recordedAt: string;
        recordedBy: string;
        [key: string]: unknown;
      }>;
      issuedAt: string;
      revisedAt?: string;
      /** The customer confirmed this revision (by link, or on the phone with customer service) */
      confirmation?: {
        revision: number;
        at: string;
        by: string;
        note?: string;
        [key: string]: unknown;
      };
      /** The open dispute (a revision clears it) */
      dispute?: {
        revision: number;
        at: string;
        reason: string;
        [key: string]: unknown;
      };
      invoiceRequest?: {
        type: "normal" | "special";
        titleType: "organisation" | "personal";
        /** 发票抬头 */
        title: string;
        /** 纳税人识别号 (unified social credit code) */
        taxpayerId?: string;
        address?: string;
        phone?: string;
        bankName?: string;
        bankAccount?: string;
        /** Where the electronic invoice goes (the customer's email when absent) */
        email?: string;
        requestedAt: string;
        /** `customer` or a staff id */
        requestedBy: string;
        [key: string]: unknown;
      };
      /** The invoice issued */
      invoice?: {
        invoiceNumber: string;
        issuedOn: string;
        recordedAt: string;
        recordedBy: string;
        [key: string]: unknown;
      };
      settledAt?: string;
      createdAt: string;
      updatedAt: string;
      version: number;
      [key: string]: unknown;
    };
    StatementConfirmation: {
      revision: number;
      locale?: "zh-CN" | "en";
    };
    StatementDetail: {
      statement: components['schemas']["Statement"];
      revisions: Array<components['schemas']["StatementRevisionRecord"]>;
      facts: Array<{
        statementId: string;
        factId: string;
        kind: "issued" | "revised" | "confirmed" | "disputed" | "payment" | "settled" | "invoice_requested" | "invoice_issued";
        at: string;
        by: string;
        statementNumber: string;
        ticketNumber: string;
        customerName: string;
        revision: number;
        /** Amount in fen (1/100 yuan) */
        totalFen: number;
        data?: {
          [key: string]: unknown;
        };
        [key: string]: unknown;
      }>;
      /** Amount in fen (1/100 yuan) */
      outstandingFen: number;
      /** The revision in force, its lines worded as the customer reads them (zh-CN) */
      current?: {
        revision: number;
        lines: Array<components['schemas']["StatementLine"]>;
        [key: string]: unknown;
      };
      customerUrl: string;
      customerUrlExpiresAt: string;
      [key: string]: unknown;
    };
    StatementDispute: {
      revision: number;
      reason: string;
      locale?: "zh-CN" | "en";
    };
    StatementLine: {
      kind: string;
      description: string;
      quantity?: number;
      unitFen?: number;
      amountFen: number;
      waived?: string;
      waivedText?: string;
      installedSerial?: string;
      removedSerial?: string;
      [key: string]: unknown;
    };
    StatementLineRecord: {
      kind: "remote_fee" | "labour" | "call_out" | "urgent_surcharge" | "part" | "discount" | "tax";
      /** The visit a labour, call-out or part line belongs to */
      jobId?: string;
      technicianName?: string;
      skillLevel?: "junior" | "senior" | "expert";
      /** Labour: minutes on site, or as corrected by customer service */
      onSiteMinutes?: number;
      billedMinutes?: number;
      sku?: string;
      name?: string;
      quantity?: number;
      /** Unit price (parts), hourly rate (labour), or fee (call-out, remote) */
      unitFen?: number;
      installedSerial?: string;
      removedSerial?: string;
      /** Surcharge, discount and tax: the rate */
      basisPoints?: number;
      /** Surcharge, discount and tax: the base it applies to */
      baseFen?: number;
      /** Before any waiver */
      grossFen: number;
      /** What the customer pays for the line (0 when waived, negative for a discount) */
      amountFen: number;
      waived?: "rework" | "installation_warranty" | "maintenance_contract";
      reason?: string;
      [key: string]: unknown;
    };
    StatementList: {
      /** Absent for the open disputes */
      month?: string;
      items: Array<components['schemas']["Statement"]>;
      [key: string]: unknown;
    };
    StatementRevision: {
      expectedRevision: number;
      reason: string;
      labourMinutes?: Array<{
        jobId: string;
        minutes: number;
      }>;
      /** Manager only. null removes the discount in force; absent keeps it */
      discount?: (({
        /** 1000 = 10 % */
        percentBasisPoints?: number;
        amountFen?: number;
        reason: string;
      }) & (({
        percentBasisPoints: number;
        [key: string]: unknown;
      }) | ({
        amountFen: number;
        [key: string]: unknown;
      }))) | (null);
    };
    StatementRevisionRecord: {
      statementId: string;
      revision: number;
      feeScheduleVersion: number;
      issuedAt: string;
      /** `system` for the first computation, the staff id for a revision */
      issuedBy: string;
      reason?: string;
      lines: Array<components['schemas']["StatementLineRecord"]>;
      /** Amount in fen (1/100 yuan) */
      subtotalFen: number;
      /** Amount in fen (1/100 yuan) */
      discountFen: number;
      /** Amount in fen (1/100 yuan) */
      netFen: number;
      /** Amount in fen (1/100 yuan) */
      taxFen: number;
      /** Amount in fen (1/100 yuan) */
      totalFen: number;
      vatBasisPoints: number;
      /** Corrected on-site minutes by job id */
      minutesOverride?: {
        [key: string]: number;
      };
      discount?: ({
        kind: "percent";
        basisPoints: number;
        reason: string;
        approvedBy: string;
        [key: string]: unknown;
      }) | ({
        kind: "amount";
        /** Amount in fen (1/100 yuan) */
        amountFen: number;
        reason: string;
        approvedBy: string;
        [key: string]: unknown;
      });
      waivers: Array<"rework" | "installation_warranty" | "maintenance_contract">;
      coverageReference?: string;
      [key: string]: unknown;
    };
    StockAdjusted: {
      stock: components['schemas']["StockLevel"];
      adjustment: {
        id: string;
        location: string;
        sku: string;
        /** + in, - out */
        delta: number;
        kind: "adjusted" | "written_off";
        reason: string;
        at: string;
        by: string;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    StockAdjustment: {
      delta: number;
      reason: string;
      kind?: "adjusted" | "written_off";
    };
    StockAtLocation: {
      location: string;
      items: Array<components['schemas']["StockLevel"]>;
      [key: string]: unknown;
    };
    StockLevel: {
      location: string;
      sku: string;
      onHand: number;
      /** Reserved for scheduled jobs */
      reserved: number;
      /** onHand - reserved */
      available: number;
      [key: string]: unknown;
    };
    StockTransfer: {
      id: string;
      from: string;
      to: string;
      /** Warehouse to a van is an issue, van to warehouse a return */
      kind: "issued" | "returned" | "transferred";
      lines: Array<{
        sku: string;
        quantity: number;
        serials?: Array<string>;
        [key: string]: unknown;
      }>;
      reason?: string;
      at: string;
      by: string;
      [key: string]: unknown;
    };
    StockTransferList: {
      items: Array<components['schemas']["StockTransfer"]>;
      [key: string]: unknown;
    };
    StockTransferResponse: {
      transfer: components['schemas']["StockTransfer"];
      [key: string]: unknown;
    };
    Stocktake: {
      id: string;
      location: string;
      /** `approving`: approved, corrections being written; `approved` once all are */
      status: "counting" | "submitted" | "approving" | "approved";
      lines: Array<{
        sku: string;
        name: string;
        bin?: string;
        /** On hand in the books */
        expected: number;
        counted?: number;
        serials?: Array<string>;
        /** Why the count differs from the books */
        reason?: string;
        [key: string]: unknown;
      }>;
      openedAt: string;
      openedBy: string;
      submittedAt?: string;
      submittedBy?: string;
      approvedAt?: string;
      approvedBy?: string;
      version: number;
      [key: string]: unknown;
    };
    StocktakeCount: {
      lines: Array<{
        sku: string;
        counted: number;
        serials?: Array<string>;
        reason?: string;
      }>;
    };
    StocktakeDetail: {
      stocktake: components['schemas']["Stocktake"];
      /** Its correction entries, one per variance, once approved */
      entries: Array<components['schemas']["LedgerEntry"]>;
      [key: string]: unknown;
    };
    StocktakeList: {
      items: Array<components['schemas']["Stocktake"]>;
      [key: string]: unknown;
    };
    StocktakeOpen: {
      location: string;
    };
    StocktakeResponse: {
      stocktake: components['schemas']["Stocktake"];
      [key: string]: unknown;
    };
    Supplier: {
      name: string;
      contactName: string;
      email: string;
      phone?: string;
      status: "approved" | "suspended";
      qualifications: Array<{
        document: string;
        validUntil: string;
      }>;
      offers: Array<{
        sku: string;
        unitPriceFen: number;
        leadTimeDays: number;
      }>;
    };
    SupplierList: {
      items: Array<components['schemas']["SupplierRecord"]>;
      [key: string]: unknown;
    };
    SupplierRecord: {
      id: string;
      name: string;
      contactName: string;
      email: string;
      phone?: string;
      qualifications: Array<{
        document: string;
        validUntil: string;
        [key: string]: unknown;
      }>;
      status: "approved" | "suspended";
      /** The designated parts it is qualified to supply, with its price and lead time */
      offers: Array<{
        sku: string;
        unitPriceFen: number;
        leadTimeDays: number;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    SupplierResponse: {
      supplier: components['schemas']["SupplierRecord"];
      [key: string]: unknown;
    };
    SupplierReturn: {
      id: string;
      purchaseOrderId: string;
      purchaseOrderNumber: string;
      supplierId: string;
      supplierName: string;
      sku: string;
      quantity: number;
      reason: string;
      status: "open" | "shipped" | "closed";
      openedAt: string;
      shippedAt?: string;
      closedAt?: string;
      outcome?: "refund" | "exchange";
      /** Taken out of stock at this location (found nonconforming after receiving); absent for goods rejected at receiving */
      fromLocation?: string;
      serials?: Array<string>;
      /** Exchange: replacement units accepted into the warehouse at closing */
      replacementAccepted?: number;
      note?: string;
      version: number;
      [key: string]: unknown;
    };
    SupplierReturnClosed: ({
      outcome: "refund";
      note?: string;
    }) | ({
      outcome: "exchange";
      replacementAccepted: number;
      serials?: Array<string>;
      note?: string;
    });
    SupplierReturnFromStock: {
      purchaseOrderId: string;
      sku: string;
      quantity: number;
      location?: string;
      reason: string;
      serials?: Array<string>;
    };
    SupplierReturnList: {
      items: Array<components['schemas']["SupplierReturn"]>;
      [key: string]: unknown;
    };
    SupplierReturnResponse: {
      return: components['schemas']["SupplierReturn"];
      [key: string]: unknown;
    };
    SupplierReturnShipped: {
      note?: string;
    };
    SurveyAnswerResult: {
      recorded: true;
      [key: string]: unknown;
    };
    SurveyView: {
      ticketNumber: string;
      locale: "zh-CN" | "en";
      answered: boolean;
      expiresAt?: string;
      [key: string]: unknown;
    };
    TeamView: {
      today: string;
      settings: components['schemas']["PeopleSettings"];
      /** Every active member of the three groups */
      members: Array<{
        id: string;
        name: string;
        roles: Array<"manager" | "customer_service" | "tech_support" | "technician" | "finance">;
        group: "customer_service" | "tech_support" | "repair_service";
        safetyValidUntil: (string) | (null);
        safetyValid: boolean;
        [key: string]: unknown;
      }>;
      /** Certificates expired or expiring within the longest reminder period */
      certificatesDue: Array<{
        certId: string;
        staffId: string;
        type: "electrician" | "work_at_height" | "fire_alarm" | "confined_space" | "other";
        /** The certificate's own name (always there for `other`) */
        name?: string;
        number: string;
        issuer: string;
        validFrom: string;
        /** Valid through this local date (Asia/Shanghai) */
        validUntil: string;
        /** Where the scanned copy is kept */
        scanRef?: string;
        updatedAt: string;
        updatedBy: string;
        staffName: string;
        expired: boolean;
        [key: string]: unknown;
      }>;
      /** Tools due for inspection within `toolDueSoonDays`, or overdue */
      toolsDue: Array<{
        assetNo: string;
        kind: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
        name: string;
        /** A technician's staff id, or `warehouse` */
        holder: string;
        inspectionIntervalDays: number;
        /** The latest inspection's result; `failed` keeps the tool off jobs until it passes again */
        condition: "ok" | "failed";
        lastInspectedOn?: string;
        nextDueOn: string;
        updatedAt: string;
        version: number;
        /** What keeps the tool off jobs today; null when nothing does */
        problem: ("tool_failed" | "tool_overdue") | (null);
        holderName: string;
        [key: string]: unknown;
      }>;
      /** This year's training plan */
      sessions: Array<components['schemas']["TrainingSessionRecord"]>;
      [key: string]: unknown;
    };
    TechnicianCandidates: {
      /** The visit date asked for */
      date: string;
      candidates: Array<{
        technicianId: string;
        name: string;
        eligible: boolean;
        /** Empty when eligible */
        reasons: Array<components['schemas']["IneligibleReason"]>;
        jobsThatDay: number;
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    Ticket: {
      id: string;
      number: string;
      status: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      urgency: "urgent" | "general";
      channel: "web" | "api" | "phone" | "email" | "chat" | "follow_up";
      locale: "zh-CN" | "en";
      /** The customer's contact data as far as the caller's role needs it (need-to-know): fields the role may not see are absent or replaced by a mask */
      customer?: {
        name?: string;
        phone?: string;
        email?: string;
        organisation?: string;
        [key: string]: unknown;
      };
      site?: {
        address?: string;
        name?: string;
        contactName?: string;
        contactPhone?: string;
        [key: string]: unknown;
      };
      device: {
        system: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        location?: string;
        [key: string]: unknown;
      };
      symptom?: string;
      preferredContactTime?: string;
      /** The privacy notice the reporter acknowledged when reporting */
      privacyNotice?: {
        version: string;
        acceptedAt: string;
        [key: string]: unknown;
      };
      createdAt: string;
      updatedAt: string;
      /** Staff id when customer service recorded the report */
      createdBy?: string;
      /** Who recorded the first contact: the customer-service agent the ticket counts for */
      contactedBy?: string;
      /** When the acknowledgement went out (the ticket page only) */
      acknowledgedAt?: string;
      /** The customer's email bounced or was marked as spam (the ticket page only) */
      emailUndeliverable?: {
        /** The address that bounced, when the role may see the customer's email (need-to-know) */
        address?: string;
        problem: "bounce" | "complaint";
        at: string;
        /** Customer service's call task about it */
        taskId: string;
        [key: string]: unknown;
      };
      triage?: {
        classification: "simple" | "complex";
        notes: string;
        by: string;
        at: string;
        [key: string]: unknown;
      };
      assessment?: components['schemas']["TicketAssessment"];
      /** The remote fix customer service gave, and the customer's confirmation once it works */
      remoteResolution?: {
        solution: string;
        guidance: string;
        confirmedAt?: string;
        confirmedBy?: string;
        customerConfirmation?: string;
        [key: string]: unknown;
      };
      rework?: components['schemas']["Rework"];
      /** No fee is charged (a confirmed rework) */
      freeOfCharge?: boolean;
      currentJobId?: string;
      /** Every visit so far */
      jobIds?: Array<string>;
      appointment?: {
        from: string;
        to: string;
        [key: string]: unknown;
      };
      completedAt?: string;
      /** The site's business calendar for SLA working time; the configured default when absent */
      calendarId?: string;
      /** The customer's personal data was erased: the contact fields hold a pseudonym */
      erasedAt?: string;
      version: number;
      [key: string]: unknown;
    };
    TicketAssessment: {
      diagnosis: string;
      repairPlan: string;
      technicalMeasures: string;
      toolsNeeded: Array<string>;
      /** Registered tool kinds the job needs (SAFE-3); absent on assessments recorded before the tool register */
      toolKinds?: Array<string>;
      partsNeeded: Array<{
        sku: string;
        quantity: number;
        [key: string]: unknown;
      }>;
      skillRequired: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
      complexity: "simple" | "complex";
      estimatedMinutes: number;
      onSite: boolean;
      requiresWorkAtHeight: boolean;
      requiresElectrician: boolean;
      remoteInstructions?: string;
      by: string;
      at: string;
      [key: string]: unknown;
    };
    TicketDetail: {
      ticket: components['schemas']["Ticket"];
      /** The timeline, oldest first */
      events: Array<components['schemas']["TicketEvent"]>;
      /** Every timer of the ticket, each generation of a promise agreed again */
      timers: Array<components['schemas']["SlaTimer"]>;
      /** A fresh signed status link to give the customer */
      statusUrl: string;
      [key: string]: unknown;
    };
    TicketEvent: {
      eventId: string;
      at: string;
      type: string;
      actor: string;
      fromStatus?: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      toStatus?: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled";
      data?: {
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    TicketFacts: {
      device?: {
        system?: "cctv" | "access_control" | "intercom" | "network" | "pa_broadcast" | "building_automation" | "parking" | "alarm" | "other";
        model?: string;
        serial?: string;
        location?: string;
      };
      site?: {
        address?: string;
        name?: string;
        contactName?: string;
        contactPhone?: string;
      };
      calendarId?: string;
    };
    TicketList: {
      items: Array<components['schemas']["Ticket"]>;
      /** Pass as `cursor` for the next page; absent on the last page */
      cursor?: string;
      [key: string]: unknown;
    };
    TicketResponse: {
      ticket: components['schemas']["Ticket"];
      [key: string]: unknown;
    };
    TimerExemption: {
      reason: string;
      customerToldAt: string;
      customerToldVia: "phone" | "sms" | "wechat" | "email" | "in_person";
    };
    TimerPause: {
      category: "customer_unavailable" | "waiting_site_access" | "waiting_parts" | "customer_asked_delay" | "other";
      reason: string;
      customerToldAt: string;
      customerToldVia: "phone" | "sms" | "wechat" | "email" | "in_person";
    };
    Tool: {
      kind: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
      name: string;
      holder: ("warehouse") | (string);
      inspectionIntervalDays: number;
      nextDueOn?: string;
    };
    ToolDetail: {
      tool: components['schemas']["RegisteredTool"];
      /** Newest first */
      inspections: Array<components['schemas']["ToolInspectionRecord"]>;
      [key: string]: unknown;
    };
    ToolInspected: {
      tool: components['schemas']["RegisteredTool"];
      inspection: components['schemas']["ToolInspectionRecord"];
      [key: string]: unknown;
    };
    ToolInspection: {
      date: string;
      inspector: string;
      result: "pass" | "fail";
      notes?: string;
    };
    ToolInspectionRecord: {
      assetNo: string;
      inspectionId: string;
      date: string;
      inspector: string;
      result: "pass" | "fail";
      notes?: string;
      recordedAt: string;
      recordedBy: string;
      [key: string]: unknown;
    };
    ToolRegister: {
      /** Soonest inspection due first */
      items: Array<{
        assetNo: string;
        kind: "multimeter" | "insulation_tester" | "ladder" | "fusion_splicer" | "network_tester" | "harness";
        name: string;
        /** A technician's staff id, or `warehouse` */
        holder: string;
        inspectionIntervalDays: number;
        /** The latest inspection's result; `failed` keeps the tool off jobs until it passes again */
        condition: "ok" | "failed";
        lastInspectedOn?: string;
        nextDueOn: string;
        updatedAt: string;
        version: number;
        /** What keeps the tool off jobs today; null when nothing does */
        problem: ("tool_failed" | "tool_overdue") | (null);
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    };
    TrainingPlan: {
      year: string;
      sessions: Array<components['schemas']["TrainingSessionRecord"]>;
      [key: string]: unknown;
    };
    TrainingResults: {
      results: Array<{
        staffId: string;
        attended: boolean;
        score?: number;
      }>;
    };
    TrainingSession: {
      groups: Array<"customer_service" | "tech_support" | "repair_service">;
      topic: "product_technology" | "maintenance_skills" | "service_etiquette" | "communication" | "safety";
      title: string;
      date: string;
      trainer: string;
      method: "classroom" | "on_the_job" | "online";
      passMark?: number;
    };
    TrainingSessionRecord: {
      /** `<date>-<random>`: sorts by date */
      sessionId: string;
      year: string;
      groups: Array<"customer_service" | "tech_support" | "repair_service">;
      topic: "product_technology" | "maintenance_skills" | "service_etiquette" | "communication" | "safety";
      title: string;
      date: string;
      trainer: string;
      method: "classroom" | "on_the_job" | "online";
      /** The exam that ends the session, out of 100 (absent: no exam) */
      exam?: {
        passMark: number;
        [key: string]: unknown;
      };
      /** Attendance and exam scores once the session is held (absent before) */
      results?: Array<{
        staffId: string;
        attended: boolean;
        score?: number;
        [key: string]: unknown;
      }>;
      createdAt: string;
      createdBy: string;
      [key: string]: unknown;
    };
    TrainingSessionResponse: {
      session: components['schemas']["TrainingSessionRecord"];
      [key: string]: unknown;
    };
    Transfer: {
      from: string;
      to: string;
      lines: Array<{
        sku: string;
        quantity: number;
        serials?: Array<string>;
      }>;
      reason?: string;
    };
    Triage: ({
      classification: "simple";
      notes: string;
      solution: string;
      guidance: string;
    }) | ({
      classification: "complex";
      notes: string;
    });
    VersionedPeopleSettings: {
      value: components['schemas']["PeopleSettings"];
      /** Send as `expectedVersion` with a change; 0 while the defaults apply */
      version: number;
      updatedAt?: string;
      updatedBy?: string;
      [key: string]: unknown;
    };
    VersionedPrivacySettings: {
      value: components['schemas']["PrivacySettings"];
      /** Send as `expectedVersion` with a change; 0 while the defaults apply */
      version: number;
      updatedAt?: string;
      updatedBy?: string;
      [key: string]: unknown;
    };
    VersionedScorecardConfig: {
      value: components['schemas']["ScorecardConfig"];
      /** Send as `expectedVersion` with a change; 0 while the defaults apply */
      version: number;
      updatedAt?: string;
      updatedBy?: string;
      [key: string]: unknown;
    };
    WorkCalendar: {
      /** IANA time zone */
      timezone: string;
      /** Working windows per weekday, sorted; [] is a day off, several windows leave breaks */
      week: {
        mon: Array<components['schemas']["CalendarWindow"]>;
        tue: Array<components['schemas']["CalendarWindow"]>;
        wed: Array<components['schemas']["CalendarWindow"]>;
        thu: Array<components['schemas']["CalendarWindow"]>;
        fri: Array<components['schemas']["CalendarWindow"]>;
        sat: Array<components['schemas']["CalendarWindow"]>;
        sun: Array<components['schemas']["CalendarWindow"]>;
        [key: string]: unknown;
      };
      /** Local dates off (a holiday wins over `week` and `workdays`) */
      holidays?: Array<string>;
      /** Make-up workdays (调休): local dates worked although their weekday is off */
      workdays?: Array<string>;
      /** Windows on a make-up workday; Monday's when absent */
      workdayWindows?: Array<components['schemas']["CalendarWindow"]>;
      [key: string]: unknown;
    };
    WorkRecord: {
      diagnosis?: string;
      workDone?: string;
      testResult?: string;
      usageNotes?: string;
    };
  };
}

export interface operations {
  /** POST /v1/surveys/{id}: Answer the survey (once; 409 when answered, 410 when the link expired) */
  answerSurvey: {
    method: "POST";
    path: "/v1/surveys/{id}";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    requestBody: components['schemas']["FollowUpAnswer"];
    responses: {
      200: components['schemas']["SurveyAnswerResult"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      410: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/statements/{id}/confirm: The customer confirms the revision in force (signed link in ?t=) */
  confirmStatement: {
    method: "POST";
    path: "/v1/statements/{id}/confirm";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    requestBody: components['schemas']["StatementConfirmation"];
    responses: {
      200: components['schemas']["PublicStatementView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      410: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/statements/{id}/dispute: The customer disputes the revision in force, with a reason: back to customer service */
  disputeStatement: {
    method: "POST";
    path: "/v1/statements/{id}/dispute";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    requestBody: components['schemas']["StatementDispute"];
    responses: {
      200: components['schemas']["PublicStatementView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      410: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/tickets/{id}/complaints: File a complaint from the ticket's status page (signed status link in `t`); it is investigated like one recorded by customer service, and the status view shows where it stands */
  fileComplaint: {
    method: "POST";
    path: "/v1/tickets/{id}/complaints";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    requestBody: components['schemas']["CustomerComplaint"];
    responses: {
      201: components['schemas']["CustomerComplaintFiled"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      410: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/health: Liveness */
  getHealth: {
    method: "GET";
    path: "/v1/health";
    responses: {
      200: components['schemas']["Health"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/calendars/{calendarId}: One calendar with its windows, holidays and make-up workdays */
  getStaffCalendars: {
    method: "GET";
    path: "/v1/staff/calendars/{calendarId}";
    parameters: {
      path: { calendarId: string };
    };
    responses: {
      200: components['schemas']["CalendarRecord"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/investigations/{investigationId}: One investigation */
  getStaffInvestigations: {
    method: "GET";
    path: "/v1/staff/investigations/{investigationId}";
    parameters: {
      path: { investigationId: string };
    };
    responses: {
      200: components['schemas']["InvestigationResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/jobs/{jobId}: One of my jobs with its ticket */
  getStaffJobs: {
    method: "GET";
    path: "/v1/staff/jobs/{jobId}";
    parameters: {
      path: { jobId: string };
    };
    responses: {
      200: components['schemas']["JobDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/jobs/{jobId}/repair-report.pdf: A signed-off job's repair report (维修服务报告) as a PDF: the job's technician, customer service, technical support; logged as a read of the customer's data */
  getStaffJobsRepairReportPdf: {
    method: "GET";
    path: "/v1/staff/jobs/{jobId}/repair-report.pdf";
    parameters: {
      path: { jobId: string };
    };
    responses: {
      200: unknown;
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/people/{staffId}: A staff member's page (manager) */
  getStaffPeople: {
    method: "GET";
    path: "/v1/staff/people/{staffId}";
    parameters: {
      path: { staffId: string };
    };
    responses: {
      200: components['schemas']["PersonView"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/privacy/requests/{requestId}: A rights request and its outcome */
  getStaffPrivacyRequests: {
    method: "GET";
    path: "/v1/staff/privacy/requests/{requestId}";
    parameters: {
      path: { requestId: string };
    };
    responses: {
      200: components['schemas']["RightsRequestResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/purchase-orders/{orderId}: A purchase order with its receipts and ledger entries */
  getStaffPurchaseOrders: {
    method: "GET";
    path: "/v1/staff/purchase-orders/{orderId}";
    parameters: {
      path: { orderId: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/statements/{statementId}: A statement with every revision and fact, and a fresh customer link */
  getStaffStatements: {
    method: "GET";
    path: "/v1/staff/statements/{statementId}";
    parameters: {
      path: { statementId: string };
    };
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/statements/{statementId}/pdf: The statement in force as a printable PDF (结算单) */
  getStaffStatementsPdf: {
    method: "GET";
    path: "/v1/staff/statements/{statementId}/pdf";
    parameters: {
      path: { statementId: string };
    };
    responses: {
      200: unknown;
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/stock/{location}: Stock at a location (warehouse, van-<technician>) */
  getStaffStock: {
    method: "GET";
    path: "/v1/staff/stock/{location}";
    parameters: {
      path: { location: string };
    };
    responses: {
      200: components['schemas']["StockAtLocation"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/stocktakes/{stocktakeId}: A stocktake with its correction entries */
  getStaffStocktakes: {
    method: "GET";
    path: "/v1/staff/stocktakes/{stocktakeId}";
    parameters: {
      path: { stocktakeId: string };
    };
    responses: {
      200: components['schemas']["StocktakeDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tickets/{id}: A ticket with its timeline */
  getStaffTickets: {
    method: "GET";
    path: "/v1/staff/tickets/{id}";
    parameters: {
      path: { id: string };
    };
    responses: {
      200: components['schemas']["TicketDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tools/{assetNo}: A tool with its inspections */
  getStaffTools: {
    method: "GET";
    path: "/v1/staff/tools/{assetNo}";
    parameters: {
      path: { assetNo: string };
    };
    responses: {
      200: components['schemas']["ToolDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/statements/{id}: The statement through its signed link: lines, totals, what the customer can do next */
  getStatement: {
    method: "GET";
    path: "/v1/statements/{id}";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    responses: {
      200: components['schemas']["PublicStatementView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      410: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/statements/{id}/pdf: The statement in force as a printable PDF (结算单: lines, VAT, total in figures and 大写, payment details, QR code of the link) */
  getStatementsPdf: {
    method: "GET";
    path: "/v1/statements/{id}/pdf";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    responses: {
      200: unknown;
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      410: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/surveys/{id}: The satisfaction survey behind its signed link */
  getSurvey: {
    method: "GET";
    path: "/v1/surveys/{id}";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    responses: {
      200: components['schemas']["SurveyView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      410: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/tickets/{id}/repair-report.pdf: The repair report (维修服务报告) of the ticket's latest signed-off visit as a PDF, through the signed status link */
  getTicketsRepairReportPdf: {
    method: "GET";
    path: "/v1/tickets/{id}/repair-report.pdf";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    responses: {
      200: unknown;
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      410: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/tickets/{id}: Ticket status through the signed link */
  getTicketStatus: {
    method: "GET";
    path: "/v1/tickets/{id}";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    responses: {
      200: components['schemas']["PublicTicketView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      410: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/calendars: Working-time calendars */
  listStaffCalendars: {
    method: "GET";
    path: "/v1/staff/calendars";
    responses: {
      200: components['schemas']["CalendarList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/devices/{system}/{serial}/coverage: A device's installation warranty or maintenance contract */
  listStaffDevicesCoverage: {
    method: "GET";
    path: "/v1/staff/devices/{system}/{serial}/coverage";
    parameters: {
      path: { system: string; serial: string };
    };
    responses: {
      200: components['schemas']["DeviceCoverageResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/follow-ups: Call tasks: completed tickets whose survey went unanswered, oldest first */
  listStaffFollowUps: {
    method: "GET";
    path: "/v1/staff/follow-ups";
    parameters: {
      query: { limit?: number };
    };
    responses: {
      200: components['schemas']["CallTaskList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/investigations: Open investigations, oldest first, overdue flagged */
  listStaffInvestigations: {
    method: "GET";
    path: "/v1/staff/investigations";
    responses: {
      200: components['schemas']["InvestigationList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/jobs: A technician's jobs of a day */
  listStaffJobs: {
    method: "GET";
    path: "/v1/staff/jobs";
    parameters: {
      query: { date: string; technicianId?: string };
    };
    responses: {
      200: components['schemas']["JobList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/mail-tasks: Emails that bounced or were marked as spam: call tasks for customer service, oldest first */
  listStaffMailTasks: {
    method: "GET";
    path: "/v1/staff/mail-tasks";
    parameters: {
      query: { limit?: number };
    };
    responses: {
      200: components['schemas']["MailTaskList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/members: Staff with technician profiles */
  listStaffMembers: {
    method: "GET";
    path: "/v1/staff/members";
    responses: {
      200: components['schemas']["StaffDirectory"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/parts: Parts catalog */
  listStaffParts: {
    method: "GET";
    path: "/v1/staff/parts";
    responses: {
      200: components['schemas']["CatalogPartList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/parts/{sku}/issue-register: Issue register of a valuable part (PARTS-4) */
  listStaffPartsIssueRegister: {
    method: "GET";
    path: "/v1/staff/parts/{sku}/issue-register";
    parameters: {
      path: { sku: string };
    };
    responses: {
      200: components['schemas']["IssueRegister"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/parts/{sku}/ledger: A part's stock ledger: every movement in time order */
  listStaffPartsLedger: {
    method: "GET";
    path: "/v1/staff/parts/{sku}/ledger";
    parameters: {
      path: { sku: string };
    };
    responses: {
      200: components['schemas']["PartLedger"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/parts-settings: Purchasing settings: approval threshold, reorder alert address, consumption window */
  listStaffPartsSettings: {
    method: "GET";
    path: "/v1/staff/parts-settings";
    responses: {
      200: components['schemas']["PartsSettingsResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/people/me: My own page: certificates, safety training validity, exams, tools held */
  listStaffPeopleMe: {
    method: "GET";
    path: "/v1/staff/people/me";
    responses: {
      200: components['schemas']["PersonView"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/people/settings: People settings (safety validity, reminder days), versioned */
  listStaffPeopleSettings: {
    method: "GET";
    path: "/v1/staff/people/settings";
    responses: {
      200: components['schemas']["VersionedPeopleSettings"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/people/team: The manager's team page: safety validity per person, certificates and tools due, this year's training */
  listStaffPeopleTeam: {
    method: "GET";
    path: "/v1/staff/people/team";
    responses: {
      200: components['schemas']["TeamView"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/privacy/access-log: Who read customers' personal data: by Shanghai day, by staff member or by customer phone (exactly one); newest first (manager) */
  listStaffPrivacyAccessLog: {
    method: "GET";
    path: "/v1/staff/privacy/access-log";
    parameters: {
      query: { day?: string; staffId?: string; phone?: string; limit?: number; cursor?: string };
    };
    responses: {
      200: components['schemas']["AccessLogPage"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/privacy/requests: A month's rights requests (export, correction, erasure) */
  listStaffPrivacyRequests: {
    method: "GET";
    path: "/v1/staff/privacy/requests";
    parameters: {
      query: { month?: string };
    };
    responses: {
      200: components['schemas']["RightsRequestList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/privacy/settings: Retention periods and how long technicians see a customer after a job (versioned) */
  listStaffPrivacySettings: {
    method: "GET";
    path: "/v1/staff/privacy/settings";
    responses: {
      200: components['schemas']["VersionedPrivacySettings"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/procurement-plan: This month's procurement plan from reorder points, reservations, consumption and lead times */
  listStaffProcurementPlan: {
    method: "GET";
    path: "/v1/staff/procurement-plan";
    responses: {
      200: components['schemas']["ProcurementPlan"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/purchase-orders: Purchase orders of a year, newest first */
  listStaffPurchaseOrders: {
    method: "GET";
    path: "/v1/staff/purchase-orders";
    parameters: {
      query: { year?: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/quality: Quality figures of a quarter: repeat-failure rate (STD-4a), satisfaction, investigations */
  listStaffQuality: {
    method: "GET";
    path: "/v1/staff/quality";
    parameters: {
      query: { quarter: string };
    };
    responses: {
      200: components['schemas']["QualityFigures"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/scorecards: A quarter's scorecards: live drafts, or frozen at sign-off with the facts that arrived after it */
  listStaffScorecards: {
    method: "GET";
    path: "/v1/staff/scorecards";
    parameters: {
      query: { quarter: string };
    };
    responses: {
      200: components['schemas']["QuarterScorecards"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/scorecards/config: Metric weights and grade bands per group, small-sample minimum (versioned) */
  listStaffScorecardsConfig: {
    method: "GET";
    path: "/v1/staff/scorecards/config";
    responses: {
      200: components['schemas']["VersionedScorecardConfig"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/settlement/fee-schedule: Fee schedule and settlement settings in force (versioned) */
  listStaffSettlementFeeSchedule: {
    method: "GET";
    path: "/v1/staff/settlement/fee-schedule";
    responses: {
      200: components['schemas']["FeeScheduleInForce"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/sla/board: SLA board: timers at risk or coming due, paused, and the breaches and exemptions of the last days */
  listStaffSlaBoard: {
    method: "GET";
    path: "/v1/staff/sla/board";
    parameters: {
      query: { days?: number };
    };
    responses: {
      200: components['schemas']["SlaBoard"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/sla/standards: Service standards in force (versioned) */
  listStaffSlaStandards: {
    method: "GET";
    path: "/v1/staff/sla/standards";
    responses: {
      200: components['schemas']["ServiceStandards"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/statements: Statements first issued in a month, or the open disputes */
  listStaffStatements: {
    method: "GET";
    path: "/v1/staff/statements";
    parameters: {
      query: { month?: string; status?: "disputed" };
    };
    responses: {
      200: components['schemas']["StatementList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/stocktakes: Stocktakes opened in a month */
  listStaffStocktakes: {
    method: "GET";
    path: "/v1/staff/stocktakes";
    parameters: {
      query: { month?: string };
    };
    responses: {
      200: components['schemas']["StocktakeList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/supplier-returns: Open supplier returns and exchanges */
  listStaffSupplierReturns: {
    method: "GET";
    path: "/v1/staff/supplier-returns";
    responses: {
      200: components['schemas']["SupplierReturnList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/suppliers: Suppliers with qualifications, status and the parts each supplies (PARTS-1) */
  listStaffSuppliers: {
    method: "GET";
    path: "/v1/staff/suppliers";
    responses: {
      200: components['schemas']["SupplierList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tickets: Tickets of one status, paged */
  listStaffTickets: {
    method: "GET";
    path: "/v1/staff/tickets";
    parameters: {
      query: { status?: "received" | "triaged" | "remote_resolution" | "in_assessment" | "awaiting_dispatch" | "scheduled" | "on_site" | "completed" | "followed_up" | "settled" | "closed" | "cancelled"; phone?: string; limit?: number; cursor?: string; order?: "newest" | "oldest" };
    };
    responses: {
      200: components['schemas']["TicketList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tickets/{id}/candidates: Technicians ranked for a visit date, with the reasons each is not eligible */
  listStaffTicketsCandidates: {
    method: "GET";
    path: "/v1/staff/tickets/{id}/candidates";
    parameters: {
      path: { id: string };
      query: { date: string };
    };
    responses: {
      200: components['schemas']["TechnicianCandidates"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tickets/{id}/statement: A ticket's statement */
  listStaffTicketsStatement: {
    method: "GET";
    path: "/v1/staff/tickets/{id}/statement";
    parameters: {
      path: { id: string };
    };
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/tools: The tool register, soonest inspection due first */
  listStaffTools: {
    method: "GET";
    path: "/v1/staff/tools";
    responses: {
      200: components['schemas']["ToolRegister"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/training: A year's training plan: every session of every group */
  listStaffTraining: {
    method: "GET";
    path: "/v1/staff/training";
    parameters: {
      query: { year: string };
    };
    responses: {
      200: components['schemas']["TrainingPlan"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** GET /v1/staff/transfers: Transfers of a month */
  listStaffTransfers: {
    method: "GET";
    path: "/v1/staff/transfers";
    parameters: {
      query: { month?: string };
    };
    responses: {
      200: components['schemas']["StockTransferList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PATCH /v1/staff/tickets/{id}: Correct ticket facts (device, site, calendar); the timeline keeps before and after */
  patchStaffTickets: {
    method: "PATCH";
    path: "/v1/staff/tickets/{id}";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["TicketFacts"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/investigations/{investigationId}/analysis: Root cause, corrective measures, owner, due date (manager) */
  postStaffInvestigationsAnalysis: {
    method: "POST";
    path: "/v1/staff/investigations/{investigationId}/analysis";
    parameters: {
      path: { investigationId: string };
    };
    requestBody: components['schemas']["InvestigationAnalysis"];
    responses: {
      200: components['schemas']["InvestigationResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/investigations/{investigationId}/approve: Approve the letter (manager): sent once, investigation closed */
  postStaffInvestigationsApprove: {
    method: "POST";
    path: "/v1/staff/investigations/{investigationId}/approve";
    parameters: {
      path: { investigationId: string };
    };
    responses: {
      200: components['schemas']["InvestigationResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/investigations/{investigationId}/outcome: Draft the outcome letter to the customer */
  postStaffInvestigationsOutcome: {
    method: "POST";
    path: "/v1/staff/investigations/{investigationId}/outcome";
    parameters: {
      path: { investigationId: string };
    };
    requestBody: components['schemas']["InvestigationOutcome"];
    responses: {
      200: components['schemas']["InvestigationResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/cancel: Cancel a visit: reservations released, ticket back to dispatch */
  postStaffJobsCancel: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/cancel";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["CancelVisit"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/check-in: Arrived on site (stops the on-site timer) */
  postStaffJobsCheckIn: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/check-in";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["CheckIn"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/parts: A designated part used (stock decremented; valuable parts registered) */
  postStaffJobsParts: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/parts";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["PartUse"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/reschedule: Move a visit (history kept) */
  postStaffJobsReschedule: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/reschedule";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["RescheduleVisit"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/safety-check: Pre-job safety check of tools and equipment (SAFE-3) */
  postStaffJobsSafetyCheck: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/safety-check";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["SafetyCheck"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/sign-off: The customer's signature: repair completed, report emailed */
  postStaffJobsSignOff: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/sign-off";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["SignOff"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/jobs/{jobId}/work: Diagnosis on site, work done, tests, usage notes */
  postStaffJobsWork: {
    method: "POST";
    path: "/v1/staff/jobs/{jobId}/work";
    parameters: {
      path: { jobId: string };
    };
    requestBody: components['schemas']["WorkRecord"];
    responses: {
      200: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/mail-tasks/{taskId}/close: Record the outcome of the call (corrected address, address confirmed, phone only) */
  postStaffMailTasksClose: {
    method: "POST";
    path: "/v1/staff/mail-tasks/{taskId}/close";
    parameters: {
      path: { taskId: string };
    };
    requestBody: components['schemas']["MailTaskClosing"];
    responses: {
      200: components['schemas']["MailTaskResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/people/{staffId}/assessments: An ad-hoc assessment (incident handling, efficiency), filed in the quarter of its date */
  postStaffPeopleAssessments: {
    method: "POST";
    path: "/v1/staff/people/{staffId}/assessments";
    parameters: {
      path: { staffId: string };
    };
    requestBody: components['schemas']["AdHocAssessment"];
    responses: {
      201: components['schemas']["AdHocAssessmentResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/people/{staffId}/certificates: Record a certificate (number, issuer, validity, scan reference) */
  postStaffPeopleCertificates: {
    method: "POST";
    path: "/v1/staff/people/{staffId}/certificates";
    parameters: {
      path: { staffId: string };
    };
    requestBody: components['schemas']["Certificate"];
    responses: {
      201: components['schemas']["CertificateRecordResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/privacy/requests: Record a customer's rights request with how their identity was checked (customer service) */
  postStaffPrivacyRequests: {
    method: "POST";
    path: "/v1/staff/privacy/requests";
    requestBody: components['schemas']["RightsRequest"];
    responses: {
      201: components['schemas']["RightsRequestResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/privacy/requests/{requestId}/correction: Correct the customer's personal data on all their tickets (manager; once per request) */
  postStaffPrivacyRequestsCorrection: {
    method: "POST";
    path: "/v1/staff/privacy/requests/{requestId}/correction";
    parameters: {
      path: { requestId: string };
    };
    requestBody: components['schemas']["PersonalDataCorrection"];
    responses: {
      200: components['schemas']["RightsRequestResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/privacy/requests/{requestId}/erasure: Replace the customer's personal data by a pseudonym everywhere; statements keep invoice title, taxpayer data and amounts (manager; 422 while a ticket is open) */
  postStaffPrivacyRequestsErasure: {
    method: "POST";
    path: "/v1/staff/privacy/requests/{requestId}/erasure";
    parameters: {
      path: { requestId: string };
    };
    requestBody: components['schemas']["ErasureConfirmation"];
    responses: {
      200: components['schemas']["RightsRequestResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/privacy/requests/{requestId}/export: Everything held about the customer as JSON and CSV (BOM), downloaded or emailed to their address on file (manager; once per request) */
  postStaffPrivacyRequestsExport: {
    method: "POST";
    path: "/v1/staff/privacy/requests/{requestId}/export";
    parameters: {
      path: { requestId: string };
    };
    requestBody: components['schemas']["ExportDelivery"];
    responses: {
      200: components['schemas']["PersonalDataExport"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/procurement-plan/orders: Draft one purchase order per supplier from the plan */
  postStaffProcurementPlanOrders: {
    method: "POST";
    path: "/v1/staff/procurement-plan/orders";
    requestBody: components['schemas']["PlanOrders"];
    responses: {
      201: components['schemas']["PurchaseOrderList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders: Draft a purchase order (approved suppliers only) */
  postStaffPurchaseOrders: {
    method: "POST";
    path: "/v1/staff/purchase-orders";
    requestBody: components['schemas']["PurchaseOrderDraft"];
    responses: {
      201: components['schemas']["PurchaseOrderResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders/{orderId}/approve: Approve (manager): ordered, supplier emailed */
  postStaffPurchaseOrdersApprove: {
    method: "POST";
    path: "/v1/staff/purchase-orders/{orderId}/approve";
    parameters: {
      path: { orderId: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders/{orderId}/cancel: Cancel a draft or an order awaiting approval */
  postStaffPurchaseOrdersCancel: {
    method: "POST";
    path: "/v1/staff/purchase-orders/{orderId}/cancel";
    parameters: {
      path: { orderId: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders/{orderId}/close: Close a received or partly received order */
  postStaffPurchaseOrdersClose: {
    method: "POST";
    path: "/v1/staff/purchase-orders/{orderId}/close";
    parameters: {
      path: { orderId: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders/{orderId}/receipts: Receiving inspection (PARTS-2): accepted into stock, rejected to a supplier return */
  postStaffPurchaseOrdersReceipts: {
    method: "POST";
    path: "/v1/staff/purchase-orders/{orderId}/receipts";
    parameters: {
      path: { orderId: string };
    };
    requestBody: components['schemas']["Receipt"];
    responses: {
      201: components['schemas']["GoodsReceived"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/purchase-orders/{orderId}/submit: Submit: ordered (supplier emailed) or, above the threshold, to the manager */
  postStaffPurchaseOrdersSubmit: {
    method: "POST";
    path: "/v1/staff/purchase-orders/{orderId}/submit";
    parameters: {
      path: { orderId: string };
    };
    responses: {
      200: components['schemas']["PurchaseOrderResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}: The manager's grade with a reason, kept beside the computed one (409 once signed off) */
  postStaffScorecardsAdjustments: {
    method: "POST";
    path: "/v1/staff/scorecards/{quarter}/adjustments/{staffId}";
    parameters: {
      path: { quarter: string; staffId: string };
    };
    requestBody: components['schemas']["GradeAdjustment"];
    responses: {
      201: components['schemas']["GradeAdjustmentResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/scorecards/{quarter}/sign-off: Sign the quarter off: every scorecard frozen, each person emailed theirs (once; 409 again) */
  postStaffScorecardsSignOff: {
    method: "POST";
    path: "/v1/staff/scorecards/{quarter}/sign-off";
    parameters: {
      path: { quarter: string };
    };
    responses: {
      200: components['schemas']["QuarterSignedOff"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/statements/{statementId}/confirm: Record a confirmation the customer gave on the phone */
  postStaffStatementsConfirm: {
    method: "POST";
    path: "/v1/staff/statements/{statementId}/confirm";
    parameters: {
      path: { statementId: string };
    };
    requestBody: components['schemas']["StaffStatementConfirmation"];
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/statements/{statementId}/invoice: Finance records the issued invoice number; the customer is told */
  postStaffStatementsInvoice: {
    method: "POST";
    path: "/v1/staff/statements/{statementId}/invoice";
    parameters: {
      path: { statementId: string };
    };
    requestBody: components['schemas']["InvoiceIssued"];
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/statements/{statementId}/invoice-request: Request an invoice for the customer (finance is emailed) */
  postStaffStatementsInvoiceRequest: {
    method: "POST";
    path: "/v1/staff/statements/{statementId}/invoice-request";
    parameters: {
      path: { statementId: string };
    };
    requestBody: components['schemas']["InvoiceRequest"];
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/statements/{statementId}/payments: Record a payment; paid in full settles the statement and settles and closes the ticket */
  postStaffStatementsPayments: {
    method: "POST";
    path: "/v1/staff/statements/{statementId}/payments";
    parameters: {
      path: { statementId: string };
    };
    requestBody: components['schemas']["Payment"];
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/statements/{statementId}/revisions: Revise after a dispute (new revision, history kept, sent again); discounts by the manager only */
  postStaffStatementsRevisions: {
    method: "POST";
    path: "/v1/staff/statements/{statementId}/revisions";
    parameters: {
      path: { statementId: string };
    };
    requestBody: components['schemas']["StatementRevision"];
    responses: {
      200: components['schemas']["StatementDetail"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/stock/{location}/{sku}/adjust: Correct stock by hand (+ in, - out) or write off: a ledger entry with reason and actor (Idempotency-Key: a repeat moves nothing) */
  postStaffStockAdjust: {
    method: "POST";
    path: "/v1/staff/stock/{location}/{sku}/adjust";
    parameters: {
      path: { location: string; sku: string };
      header: { "Idempotency-Key"?: string };
    };
    requestBody: components['schemas']["StockAdjustment"];
    responses: {
      200: components['schemas']["StockAdjusted"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/stocktakes: Open a count session for a location, or one per location with `all` (the count sheets) */
  postStaffStocktakes: {
    method: "POST";
    path: "/v1/staff/stocktakes";
    requestBody: components['schemas']["StocktakeOpen"];
    responses: {
      201: components['schemas']["StocktakeList"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/stocktakes/{stocktakeId}/approve: Approve (manager): one correction entry per variance */
  postStaffStocktakesApprove: {
    method: "POST";
    path: "/v1/staff/stocktakes/{stocktakeId}/approve";
    parameters: {
      path: { stocktakeId: string };
    };
    responses: {
      200: components['schemas']["StocktakeResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/supplier-returns: Return nonconforming parts found in stock to the supplier of their order (they leave stock; never more than accepted on the order; Idempotency-Key: a repeat opens nothing) */
  postStaffSupplierReturns: {
    method: "POST";
    path: "/v1/staff/supplier-returns";
    parameters: {
      header: { "Idempotency-Key"?: string };
    };
    requestBody: components['schemas']["SupplierReturnFromStock"];
    responses: {
      201: components['schemas']["SupplierReturnResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/supplier-returns/{returnId}/close: Refunded, or exchanged (the replacement enters stock) */
  postStaffSupplierReturnsClose: {
    method: "POST";
    path: "/v1/staff/supplier-returns/{returnId}/close";
    parameters: {
      path: { returnId: string };
    };
    requestBody: components['schemas']["SupplierReturnClosed"];
    responses: {
      200: components['schemas']["SupplierReturnResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/supplier-returns/{returnId}/ship: The rejected goods went back to the supplier */
  postStaffSupplierReturnsShip: {
    method: "POST";
    path: "/v1/staff/supplier-returns/{returnId}/ship";
    parameters: {
      path: { returnId: string };
    };
    requestBody: components['schemas']["SupplierReturnShipped"];
    responses: {
      200: components['schemas']["SupplierReturnResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets: Record a report taken by phone, email or chat */
  postStaffTickets: {
    method: "POST";
    path: "/v1/staff/tickets";
    parameters: {
      header: { "Idempotency-Key"?: string };
    };
    requestBody: components['schemas']["StaffFaultReport"];
    responses: {
      201: components['schemas']["CreatedTicket"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/assessment: Technical assessment: remote instructions, or on to dispatch */
  postStaffTicketsAssessment: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/assessment";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["Assessment"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/complaints: Register a complaint on a ticket (opens an investigation) */
  postStaffTicketsComplaints: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/complaints";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["Complaint"];
    responses: {
      201: components['schemas']["InvestigationResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/contact: Record the first contact with the customer (stops the contact timer; ticket becomes triaged) */
  postStaffTicketsContact: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/contact";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["FirstContact"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/follow-up: Record the phone follow-up outcome (same fields as the survey) */
  postStaffTicketsFollowUp: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/follow-up";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["FollowUpAnswer"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/remote-resolution/confirm: The customer confirmed the remote fix works: completed */
  postStaffTicketsRemoteResolutionConfirm: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/remote-resolution/confirm";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["RemoteResolutionConfirmation"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/re-triage: Correct a triage (manager only; from remote resolution or assessment, before dispatch); the timeline keeps both */
  postStaffTicketsReTriage: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/re-triage";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["Retriage"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/rework-judgement: Judge a suspected rework (technician, technical support; the manager overrides): confirmed is free and counts in STD-4a */
  postStaffTicketsReworkJudgement: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/rework-judgement";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["ReworkJudgement"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/schedule: Schedule the visit: technician, agreed window, agreed completion (complex); parts reserved */
  postStaffTicketsSchedule: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/schedule";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["ScheduleVisit"];
    responses: {
      201: components['schemas']["JobResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/timers/{kind}/exemption: Exempt a timer: reason and when the customer was told, before the deadline */
  postStaffTicketsTimersExemption: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/timers/{kind}/exemption";
    parameters: {
      path: { id: string; kind: string };
    };
    requestBody: components['schemas']["TimerExemption"];
    responses: {
      200: components['schemas']["SlaTimerResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/timers/{kind}/pause: Pause a timer with a reason */
  postStaffTicketsTimersPause: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/timers/{kind}/pause";
    parameters: {
      path: { id: string; kind: string };
    };
    requestBody: components['schemas']["TimerPause"];
    responses: {
      200: components['schemas']["SlaTimerResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/timers/{kind}/resume: Resume a paused timer (deadline moves by the paused working time) */
  postStaffTicketsTimersResume: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/timers/{kind}/resume";
    parameters: {
      path: { id: string; kind: string };
    };
    responses: {
      200: components['schemas']["SlaTimerResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tickets/{id}/triage: Classify: simple (remote solution and guidance) or complex (to technical support) */
  postStaffTicketsTriage: {
    method: "POST";
    path: "/v1/staff/tickets/{id}/triage";
    parameters: {
      path: { id: string };
    };
    requestBody: components['schemas']["Triage"];
    responses: {
      200: components['schemas']["TicketResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/tools/{assetNo}/inspections: Record an inspection: pass moves the next due date on, fail keeps the tool off jobs */
  postStaffToolsInspections: {
    method: "POST";
    path: "/v1/staff/tools/{assetNo}/inspections";
    parameters: {
      path: { assetNo: string };
    };
    requestBody: components['schemas']["ToolInspection"];
    responses: {
      201: components['schemas']["ToolInspected"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/training/sessions: Plan a training session (topic, date, trainer, method, exam pass mark) */
  postStaffTrainingSessions: {
    method: "POST";
    path: "/v1/staff/training/sessions";
    requestBody: components['schemas']["TrainingSession"];
    responses: {
      201: components['schemas']["TrainingSessionResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/staff/transfers: Move stock between locations (warehouse to van is an issue; valuable parts into the issue register; Idempotency-Key: a repeat moves nothing) */
  postStaffTransfers: {
    method: "POST";
    path: "/v1/staff/transfers";
    parameters: {
      header: { "Idempotency-Key"?: string };
    };
    requestBody: components['schemas']["Transfer"];
    responses: {
      201: components['schemas']["StockTransferResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/calendars/{calendarId}: Create or change a calendar (manager); open timers in it are recomputed */
  putStaffCalendars: {
    method: "PUT";
    path: "/v1/staff/calendars/{calendarId}";
    parameters: {
      path: { calendarId: string };
    };
    requestBody: components['schemas']["CalendarUpdate"];
    responses: {
      200: components['schemas']["CalendarSaved"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/devices/{system}/{serial}/coverage: Record what a warranty or maintenance contract makes free, and when */
  putStaffDevicesCoverage: {
    method: "PUT";
    path: "/v1/staff/devices/{system}/{serial}/coverage";
    parameters: {
      path: { system: string; serial: string };
    };
    requestBody: components['schemas']["DeviceCoverage"];
    responses: {
      200: components['schemas']["DeviceCoverageResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/members/{staffId}: Create or change a staff record (roles, skills, skill level, van; certificates and training are people records) */
  putStaffMembers: {
    method: "PUT";
    path: "/v1/staff/members/{staffId}";
    parameters: {
      path: { staffId: string };
    };
    requestBody: components['schemas']["StaffMember"];
    responses: {
      200: components['schemas']["StaffRecordResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/parts/{sku}: Create or change a catalog part */
  putStaffParts: {
    method: "PUT";
    path: "/v1/staff/parts/{sku}";
    parameters: {
      path: { sku: string };
    };
    requestBody: components['schemas']["CatalogPart"];
    responses: {
      200: components['schemas']["CatalogPartResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/parts-settings: Change the purchasing settings (manager) */
  putStaffPartsSettings: {
    method: "PUT";
    path: "/v1/staff/parts-settings";
    requestBody: components['schemas']["PartsSettings"];
    responses: {
      200: components['schemas']["PartsSettingsResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/people/{staffId}/certificates/{certId}: Correct a certificate record */
  putStaffPeopleCertificates: {
    method: "PUT";
    path: "/v1/staff/people/{staffId}/certificates/{certId}";
    parameters: {
      path: { staffId: string; certId: string };
    };
    requestBody: components['schemas']["Certificate"];
    responses: {
      200: components['schemas']["CertificateRecordResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/people/settings: Change the people settings (manager) */
  putStaffPeopleSettings: {
    method: "PUT";
    path: "/v1/staff/people/settings";
    requestBody: components['schemas']["PutPeopleSettings"];
    responses: {
      200: {
        /** The version now in force */
        version: number;
        [key: string]: unknown;
      };
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/privacy/settings: Change the privacy settings (manager) */
  putStaffPrivacySettings: {
    method: "PUT";
    path: "/v1/staff/privacy/settings";
    requestBody: components['schemas']["PutPrivacySettings"];
    responses: {
      200: {
        /** The version now in force */
        version: number;
        [key: string]: unknown;
      };
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/scorecards/config: Change the weights and grade bands (manager); scorecards record the version they used */
  putStaffScorecardsConfig: {
    method: "PUT";
    path: "/v1/staff/scorecards/config";
    requestBody: components['schemas']["PutScorecardConfig"];
    responses: {
      200: {
        /** The version now in force */
        version: number;
        [key: string]: unknown;
      };
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/settlement/fee-schedule: Change the fee schedule (manager); statements keep the version they were computed with */
  putStaffSettlementFeeSchedule: {
    method: "PUT";
    path: "/v1/staff/settlement/fee-schedule";
    requestBody: components['schemas']["FeeScheduleUpdate"];
    responses: {
      200: components['schemas']["FeeScheduleSaved"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/sla/standards: Change the service standards (manager; applies to timers started afterwards) */
  putStaffSlaStandards: {
    method: "PUT";
    path: "/v1/staff/sla/standards";
    requestBody: components['schemas']["ServiceStandardsUpdate"];
    responses: {
      200: components['schemas']["ServiceStandardsSaved"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/stocktakes/{stocktakeId}/counts: Counted quantities and serials, reasons for variances */
  putStaffStocktakesCounts: {
    method: "PUT";
    path: "/v1/staff/stocktakes/{stocktakeId}/counts";
    parameters: {
      path: { stocktakeId: string };
    };
    requestBody: components['schemas']["StocktakeCount"];
    responses: {
      200: components['schemas']["StocktakeResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/suppliers/{supplierId}: Create or change a supplier (designated parts only) */
  putStaffSuppliers: {
    method: "PUT";
    path: "/v1/staff/suppliers/{supplierId}";
    parameters: {
      path: { supplierId: string };
    };
    requestBody: components['schemas']["Supplier"];
    responses: {
      200: components['schemas']["SupplierResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/tools/{assetNo}: Register a tool or change its holder, name or interval */
  putStaffTools: {
    method: "PUT";
    path: "/v1/staff/tools/{assetNo}";
    parameters: {
      path: { assetNo: string };
    };
    requestBody: components['schemas']["Tool"];
    responses: {
      200: components['schemas']["RegisteredToolResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** PUT /v1/staff/training/sessions/{sessionId}/results: Attendance and exam scores of a session held (replaces earlier ones) */
  putStaffTrainingSessionsResults: {
    method: "PUT";
    path: "/v1/staff/training/sessions/{sessionId}/results";
    parameters: {
      path: { sessionId: string };
    };
    requestBody: components['schemas']["TrainingResults"];
    responses: {
      200: components['schemas']["TrainingSessionResponse"];
      400: components['schemas']["Error"];
      401: components['schemas']["Error"];
      403: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/tickets: Report a fault (public) */
  reportFault: {
    method: "POST";
    path: "/v1/tickets";
    parameters: {
      header: { "Idempotency-Key"?: string };
    };
    requestBody: components['schemas']["FaultReport"];
    responses: {
      201: components['schemas']["CreatedTicket"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
  /** POST /v1/statements/{id}/invoice-request: The customer requests an invoice (发票) for a confirmed statement */
  requestInvoice: {
    method: "POST";
    path: "/v1/statements/{id}/invoice-request";
    parameters: {
      path: { id: string };
      query: { t: string };
    };
    requestBody: components['schemas']["InvoiceRequest"];
    responses: {
      200: components['schemas']["PublicStatementView"];
      400: components['schemas']["Error"];
      404: components['schemas']["Error"];
      409: components['schemas']["Error"];
      410: components['schemas']["Error"];
      413: components['schemas']["Error"];
      415: components['schemas']["Error"];
      422: components['schemas']["Error"];
      429: {
        message?: string;
        [key: string]: unknown;
      };
      500: components['schemas']["Error"];
      503: components['schemas']["Error"];
    };
  };
}

/** Method and path template of every operation, for the client that calls them (web/src/core/operations.ts). */
export const OPERATIONS = {
  answerSurvey: { method: "POST", path: "/v1/surveys/{id}" },
  confirmStatement: { method: "POST", path: "/v1/statements/{id}/confirm" },
  disputeStatement: { method: "POST", path: "/v1/statements/{id}/dispute" },
  fileComplaint: { method: "POST", path: "/v1/tickets/{id}/complaints" },
  getHealth: { method: "GET", path: "/v1/health" },
  getStaffCalendars: { method: "GET", path: "/v1/staff/calendars/{calendarId}" },
  getStaffInvestigations: { method: "GET", path: "/v1/staff/investigations/{investigationId}" },
  getStaffJobs: { method: "GET", path: "/v1/staff/jobs/{jobId}" },
  getStaffJobsRepairReportPdf: { method: "GET", path: "/v1/staff/jobs/{jobId}/repair-report.pdf" },
  getStaffPeople: { method: "GET", path: "/v1/staff/people/{staffId}" },
  getStaffPrivacyRequests: { method: "GET", path: "/v1/staff/privacy/requests/{requestId}" },
  getStaffPurchaseOrders: { method: "GET", path: "/v1/staff/purchase-orders/{orderId}" },
  getStaffStatements: { method: "GET", path: "/v1/staff/statements/{statementId}" },
  getStaffStatementsPdf: { method: "GET", path: "/v1/staff/statements/{statementId}/pdf" },
  getStaffStock: { method: "GET", path: "/v1/staff/stock/{location}" },
  getStaffStocktakes: { method: "GET", path: "/v1/staff/stocktakes/{stocktakeId}" },
  getStaffTickets: { method: "GET", path: "/v1/staff/tickets/{id}" },
  getStaffTools: { method: "GET", path: "/v1/staff/tools/{assetNo}" },
  getStatement: { method: "GET", path: "/v1/statements/{id}" },
  getStatementsPdf: { method: "GET", path: "/v1/statements/{id}/pdf" },
  getSurvey: { method: "GET", path: "/v1/surveys/{id}" },
  getTicketsRepairReportPdf: { method: "GET", path: "/v1/tickets/{id}/repair-report.pdf" },
  getTicketStatus: { method: "GET", path: "/v1/tickets/{id}" },
  listStaffCalendars: { method: "GET", path: "/v1/staff/calendars" },
  listStaffDevicesCoverage: { method: "GET", path: "/v1/staff/devices/{system}/{serial}/coverage" },
  listStaffFollowUps: { method: "GET", path: "/v1/staff/follow-ups" },
  listStaffInvestigations: { method: "GET", path: "/v1/staff/investigations" },
  listStaffJobs: { method: "GET", path: "/v1/staff/jobs" },
  listStaffMailTasks: { method: "GET", path: "/v1/staff/mail-tasks" },
  listStaffMembers: { method: "GET", path: "/v1/staff/members" },
  listStaffParts: { method: "GET", path: "/v1/staff/parts" },
  listStaffPartsIssueRegister: { method: "GET", path: "/v1/staff/parts/{sku}/issue-register" },
  listStaffPartsLedger: { method: "GET", path: "/v1/staff/parts/{sku}/ledger" },
  listStaffPartsSettings: { method: "GET", path: "/v1/staff/parts-settings" },
  listStaffPeopleMe: { method: "GET", path: "/v1/staff/people/me" },
  listStaffPeopleSettings: { method: "GET", path: "/v1/staff/people/settings" },
  listStaffPeopleTeam: { method: "GET", path: "/v1/staff/people/team" },
  listStaffPrivacyAccessLog: { method: "GET", path: "/v1/staff/privacy/access-log" },
  listStaffPrivacyRequests: { method: "GET", path: "/v1/staff/privacy/requests" },
  listStaffPrivacySettings: { method: "GET", path: "/v1/staff/privacy/settings" },
  listStaffProcurementPlan: { method: "GET", path: "/v1/staff/procurement-plan" },
  listStaffPurchaseOrders: { method: "GET", path: "/v1/staff/purchase-orders" },
  listStaffQuality: { method: "GET", path: "/v1/staff/quality" },
  listStaffScorecards: { method: "GET", path: "/v1/staff/scorecards" },
  listStaffScorecardsConfig: { method: "GET", path: "/v1/staff/scorecards/config" },
  listStaffSettlementFeeSchedule: { method: "GET", path: "/v1/staff/settlement/fee-schedule" },
  listStaffSlaBoard: { method: "GET", path: "/v1/staff/sla/board" },
  listStaffSlaStandards: { method: "GET", path: "/v1/staff/sla/standards" },
  listStaffStatements: { method: "GET", path: "/v1/staff/statements" },
  listStaffStocktakes: { method: "GET", path: "/v1/staff/stocktakes" },
  listStaffSupplierReturns: { method: "GET", path: "/v1/staff/supplier-returns" },
  listStaffSuppliers: { method: "GET", path: "/v1/staff/suppliers" },
  listStaffTickets: { method: "GET", path: "/v1/staff/tickets" },
  listStaffTicketsCandidates: { method: "GET", path: "/v1/staff/tickets/{id}/candidates" },
  listStaffTicketsStatement: { method: "GET", path: "/v1/staff/tickets/{id}/statement" },
  listStaffTools: { method: "GET", path: "/v1/staff/tools" },
  listStaffTraining: { method: "GET", path: "/v1/staff/training" },
  listStaffTransfers: { method: "GET", path: "/v1/staff/transfers" },
  patchStaffTickets: { method: "PATCH", path: "/v1/staff/tickets/{id}" },
  postStaffInvestigationsAnalysis: { method: "POST", path: "/v1/staff/investigations/{investigationId}/analysis" },
  postStaffInvestigationsApprove: { method: "POST", path: "/v1/staff/investigations/{investigationId}/approve" },
  postStaffInvestigationsOutcome: { method: "POST", path: "/v1/staff/investigations/{investigationId}/outcome" },
  postStaffJobsCancel: { method: "POST", path: "/v1/staff/jobs/{jobId}/cancel" },
  postStaffJobsCheckIn: { method: "POST", path: "/v1/staff/jobs/{jobId}/check-in" },
  postStaffJobsParts: { method: "POST", path: "/v1/staff/jobs/{jobId}/parts" },
  postStaffJobsReschedule: { method: "POST", path: "/v1/staff/jobs/{jobId}/reschedule" },
  postStaffJobsSafetyCheck: { method: "POST", path: "/v1/staff/jobs/{jobId}/safety-check" },
  postStaffJobsSignOff: { method: "POST", path: "/v1/staff/jobs/{jobId}/sign-off" },
  postStaffJobsWork: { method: "POST", path: "/v1/staff/jobs/{jobId}/work" },
  postStaffMailTasksClose: { method: "POST", path: "/v1/staff/mail-tasks/{taskId}/close" },
  postStaffPeopleAssessments: { method: "POST", path: "/v1/staff/people/{staffId}/assessments" },
  postStaffPeopleCertificates: { method: "POST", path: "/v1/staff/people/{staffId}/certificates" },
  postStaffPrivacyRequests: { method: "POST", path: "/v1/staff/privacy/requests" },
  postStaffPrivacyRequestsCorrection: { method: "POST", path: "/v1/staff/privacy/requests/{requestId}/correction" },
  postStaffPrivacyRequestsErasure: { method: "POST", path: "/v1/staff/privacy/requests/{requestId}/erasure" },
  postStaffPrivacyRequestsExport: { method: "POST", path: "/v1/staff/privacy/requests/{requestId}/export" },
  postStaffProcurementPlanOrders: { method: "POST", path: "/v1/staff/procurement-plan/orders" },
  postStaffPurchaseOrders: { method: "POST", path: "/v1/staff/purchase-orders" },
  postStaffPurchaseOrdersApprove: { method: "POST", path: "/v1/staff/purchase-orders/{orderId}/approve" },
  postStaffPurchaseOrdersCancel: { method: "POST", path: "/v1/staff/purchase-orders/{orderId}/cancel" },
  postStaffPurchaseOrdersClose: { method: "POST", path: "/v1/staff/purchase-orders/{orderId}/close" },
  postStaffPurchaseOrdersReceipts: { method: "POST", path: "/v1/staff/purchase-orders/{orderId}/receipts" },
  postStaffPurchaseOrdersSubmit: { method: "POST", path: "/v1/staff/purchase-orders/{orderId}/submit" },
  postStaffScorecardsAdjustments: { method: "POST", path: "/v1/staff/scorecards/{quarter}/adjustments/{staffId}" },
  postStaffScorecardsSignOff: { method: "POST", path: "/v1/staff/scorecards/{quarter}/sign-off" },
  postStaffStatementsConfirm: { method: "POST", path: "/v1/staff/statements/{statementId}/confirm" },
  postStaffStatementsInvoice: { method: "POST", path: "/v1/staff/statements/{statementId}/invoice" },
  postStaffStatementsInvoiceRequest: { method: "POST", path: "/v1/staff/statements/{statementId}/invoice-request" },
  postStaffStatementsPayments: { method: "POST", path: "/v1/staff/statements/{statementId}/payments" },
  postStaffStatementsRevisions: { method: "POST", path: "/v1/staff/statements/{statementId}/revisions" },
  postStaffStockAdjust: { method: "POST", path: "/v1/staff/stock/{location}/{sku}/adjust" },
  postStaffStocktakes: { method: "POST", path: "/v1/staff/stocktakes" },
  postStaffStocktakesApprove: { method: "POST", path: "/v1/staff/stocktakes/{stocktakeId}/approve" },
  postStaffSupplierReturns: { method: "POST", path: "/v1/staff/supplier-returns" },
  postStaffSupplierReturnsClose: { method: "POST", path: "/v1/staff/supplier-returns/{returnId}/close" },
  postStaffSupplierReturnsShip: { method: "POST", path: "/v1/staff/supplier-returns/{returnId}/ship" },
  postStaffTickets: { method: "POST", path: "/v1/staff/tickets" },
  postStaffTicketsAssessment: { method: "POST", path: "/v1/staff/tickets/{id}/assessment" },
  postStaffTicketsComplaints: { method: "POST", path: "/v1/staff/tickets/{id}/complaints" },
  postStaffTicketsContact: { method: "POST", path: "/v1/staff/tickets/{id}/contact" },
  postStaffTicketsFollowUp: { method: "POST", path: "/v1/staff/tickets/{id}/follow-up" },
  postStaffTicketsRemoteResolutionConfirm: { method: "POST", path: "/v1/staff/tickets/{id}/remote-resolution/confirm" },
  postStaffTicketsReTriage: { method: "POST", path: "/v1/staff/tickets/{id}/re-triage" },
  postStaffTicketsReworkJudgement: { method: "POST", path: "/v1/staff/tickets/{id}/rework-judgement" },
  postStaffTicketsSchedule: { method: "POST", path: "/v1/staff/tickets/{id}/schedule" },
  postStaffTicketsTimersExemption: { method: "POST", path: "/v1/staff/tickets/{id}/timers/{kind}/exemption" },
  postStaffTicketsTimersPause: { method: "POST", path: "/v1/staff/tickets/{id}/timers/{kind}/pause" },
  postStaffTicketsTimersResume: { method: "POST", path: "/v1/staff/tickets/{id}/timers/{kind}/resume" },
  postStaffTicketsTriage: { method: "POST", path: "/v1/staff/tickets/{id}/triage" },
  postStaffToolsInspections: { method: "POST", path: "/v1/staff/tools/{assetNo}/inspections" },
  postStaffTrainingSessions: { method: "POST", path: "/v1/staff/training/sessions" },
  postStaffTransfers: { method: "POST", path: "/v1/staff/transfers" },
  putStaffCalendars: { method: "PUT", path: "/v1/staff/calendars/{calendarId}" },
  putStaffDevicesCoverage: { method: "PUT", path: "/v1/staff/devices/{system}/{serial}/coverage" },
  putStaffMembers: { method: "PUT", path: "/v1/staff/members/{staffId}" },
  putStaffParts: { method: "PUT", path: "/v1/staff/parts/{sku}" },
  putStaffPartsSettings: { method: "PUT", path: "/v1/staff/parts-settings" },
  putStaffPeopleCertificates: { method: "PUT", path: "/v1/staff/people/{staffId}/certificates/{certId}" },
  putStaffPeopleSettings: { method: "PUT", path: "/v1/staff/people/settings" },
  putStaffPrivacySettings: { method: "PUT", path: "/v1/staff/privacy/settings" },
  putStaffScorecardsConfig: { method: "PUT", path: "/v1/staff/scorecards/config" },
  putStaffSettlementFeeSchedule: { method: "PUT", path: "/v1/staff/settlement/fee-schedule" },
  putStaffSlaStandards: { method: "PUT", path: "/v1/staff/sla/standards" },
  putStaffStocktakesCounts: { method: "PUT", path: "/v1/staff/stocktakes/{stocktakeId}/counts" },
  putStaffSuppliers: { method: "PUT", path: "/v1/staff/suppliers/{supplierId}" },
  putStaffTools: { method: "PUT", path: "/v1/staff/tools/{assetNo}" },
  putStaffTrainingSessionsResults: { method: "PUT", path: "/v1/staff/training/sessions/{sessionId}/results" },
  reportFault: { method: "POST", path: "/v1/tickets" },
  requestInvoice: { method: "POST", path: "/v1/statements/{id}/invoice-request" },
} as const;

export type OperationId = keyof operations;

/** The success body of an operation (its 200 or 201). */
export type SuccessBody<Id extends OperationId> = operations[Id]['responses'] extends { 200: infer B } ? B : operations[Id]['responses'] extends { 201: infer B } ? B : never;

/** The values of the `{name}`s of an operation's path template (never when it has none). */
export type PathParams<Id extends OperationId> = operations[Id] extends { parameters: { path: infer P } } ? P : never;

/** The query of an operation (never when it takes none). */
export type QueryParams<Id extends OperationId> = operations[Id] extends { parameters: { query: infer Q } } ? Q : never;

/** The JSON body of an operation (never when it takes none). */
export type RequestBody<Id extends OperationId> = operations[Id] extends { requestBody: infer B } ? B : never;

/** The operations that take an Idempotency-Key (a repeat with the same key answers as the first did). */
export type IdempotentOperation = { [Id in OperationId]: operations[Id] extends { parameters: { header: { 'Idempotency-Key'?: string } } } ? Id : never }[OperationId];

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
