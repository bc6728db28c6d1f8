// Generated from the server's OpenAPI document by scripts/gen-api-types.ts: do not edit.
// Regenerate with `npm run gen:api` after changing a route's schema.

export interface paths {
    "/api/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分配运行状态与进度 / one run, with progress while it works */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 运行者 / who started it */
                            actor: string;
                            campaignId: string;
                            error: string | null;
                            finishedAt: string | null;
                            id: string;
                            parameters: {
                                [key: string]: unknown;
                            };
                            /** @description 运行中的进度 / progress while it runs */
                            progress: {
                                done: number;
                                /** @description 阶段 / stage: loading, network, solving, saving… */
                                stage: string;
                                total: number;
                            } | null;
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            summary: {
                                /** @description 与上次运行相比 / against the proposals before this run */
                                changes?: {
                                    dropped: number;
                                    moved: number;
                                    new: number;
                                };
                                /** @description 已确认、保持不变 / confirmed pairs kept fixed */
                                fixed: number;
                                jobs: number;
                                newProposals?: number;
                                objective: number;
                                placed: number;
                                placedOthers: number;
                                placedPriority: number;
                                runId: string;
                                seconds: number;
                                /** @description 参与分配的劳动力 / workers in the run */
                                workers: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocations/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与上次运行相比的变化（新增、调整、落选，附原因）/ what the run changed: new, moved, dropped, with reasons */
        get: {
            parameters: {
                query?: {
                    kind?: "new" | "moved" | "dropped";
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                dropped: number;
                                moved: number;
                                new: number;
                            };
                            items: {
                                after: {
                                    employer: string;
                                    jobId: string;
                                    jobTitle: string;
                                    siteName: string;
                                    value: number | null;
                                } | null;
                                before: {
                                    employer: string;
                                    jobId: string;
                                    jobTitle: string;
                                    siteName: string;
                                    value: number | null;
                                } | null;
                                /** @enum {string} */
                                kind: "new" | "moved" | "dropped";
                                name: string;
                                /** @description 原因代码 / reason code */
                                reason: string;
                                reasonText: {
                                    en: string;
                                    zh: string;
                                };
                                regionCode: string;
                                regionName: string;
                                workerId: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认一次运行的建议（全部或所选劳动力）/ confirm a run's proposals: all, or the selected workers' */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 只确认这些劳动力的建议；省略则确认全部 / confirm only these workers' proposals; omit to confirm all */
                        workers?: string[];
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
                            /** @description 所选中未能确认的（非本次建议或不在辖区）/ selected but not an open proposal of this run in your reach */
                            skipped: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocations/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本次运行的建议（按劳动力，附得分构成与理由）/ a run's proposals by worker, with score parts and reasons */
        get: {
            parameters: {
                query?: {
                    /** @description 只看该岗位 / one vacancy's proposals */
                    job?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    priority?: "true" | "false";
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 姓名 / name contains */
                    search?: string;
                    status?: "proposed" | "confirmed";
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                employer: string;
                                jobId: string;
                                jobTitle: string;
                                name: string;
                                /** @description 得分构成；记录变更后不再符合时为空 / score parts; null when the pair no longer fits */
                                parts: {
                                    base: number;
                                    destination: number;
                                    industry: number;
                                    /** @description 重点人群加分 / priority bonus */
                                    priority: number;
                                    wage: number;
                                } | null;
                                priority: boolean;
                                reasons: {
                                    en: string;
                                    zh: string;
                                }[];
                                regionCode: string;
                                regionName: string;
                                siteCode: string;
                                siteName: string;
                                /** @enum {string} */
                                status: "proposed" | "confirmed";
                                /** @description 分配价值 / the pair's value in the contract */
                                value: number | null;
                                wage: number;
                                workerId: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocations/{id}/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本次运行的建议（按岗位）/ a run's proposals by vacancy */
        get: {
            parameters: {
                query?: {
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 岗位或企业名称 / title or employer contains */
                    search?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                averageValue: number | null;
                                /** @description 本次建议中已确认 / of this run, confirmed */
                                confirmed: number;
                                employer: string;
                                headcount: number;
                                industry: string;
                                industryName: {
                                    en: string;
                                    zh: string;
                                };
                                jobId: string;
                                /** @description 仍空缺 / places still open after this run */
                                open: number;
                                /** @description 其中重点人群 / of them priority workers */
                                priority: number;
                                /** @description 本次建议（辖区内）/ proposed by this run, in your reach */
                                proposed: number;
                                siteCode: string;
                                siteName: string;
                                title: string;
                                wage: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrivals/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抵达交接名单（当日发车、送往本企业的乘客，离线用）/ the arrivals desk's manifest: a day's coaches bringing the caller's people, for offline use */
        get: {
            parameters: {
                query: {
                    /** @description 发车日期 / departure day */
                    date: string;
                    /** @description 只要此车次 / only this coach */
                    tripId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                login: string;
                                role: string;
                            };
                            date: string;
                            passengers: {
                                destinationName: string | null;
                                /** @description HMAC-SHA256(lookupKey, 规范化身份证号) 前 128 位 hex / first 128 bits of HMAC-SHA256(lookupKey, normalised identity number), hex */
                                idDigest: string;
                                idMasked: string;
                                name: string;
                                /** @description 下载时已超时未交接 / overdue at the gate when downloaded */
                                overdue: boolean;
                                seat: number;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                travelGroup: string | null;
                                tripId: string;
                                workerId: string;
                            }[];
                            serverTime: string;
                            trips: {
                                counts: {
                                    absent_at_arrival: number;
                                    arrived: number;
                                    cancelled: number;
                                    checked_in: number;
                                    departed: number;
                                    expected: number;
                                    no_show: number;
                                    rebooked: number;
                                    refused: number;
                                };
                                date: string;
                                departedAt: string | null;
                                destination: string | null;
                                /** @description 预计到达（终点站）/ estimated arrival at the last stop */
                                estimatedArrival: string | null;
                                id: string;
                                /** @description 本车次身份证号摘要密钥（base64url）/ this trip's key for identity-number digests (base64url) */
                                lookupKey: string;
                                number: string;
                                passengers: number;
                                /** @description 出发集合点 / gathering point it left from */
                                pointName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 / audit log */
        get: {
            parameters: {
                query?: {
                    /** @description 操作，如 worker.reveal / action, e.g. worker.reveal */
                    action?: string;
                    /** @description 操作人登录名（含 cli:用户名）/ actor login, e.g. shanxi or cli:alice */
                    actor?: string;
                    /** @description 记录 id / the record the entry is about */
                    entity?: string;
                    /** @description 起始日期（含，北京时间）/ from this day (inclusive, China time) */
                    from?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 截止日期（含，北京时间）/ to this day (inclusive, China time) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorLogin: string;
                                /** @description 变更后 / after the change (personal data masked) */
                                after: unknown;
                                /** @description ISO 8601 */
                                at: string;
                                /** @description 变更前 / before the change (personal data masked) */
                                before: unknown;
                                entity: string;
                                entityId: string | null;
                                id: string;
                                ip: string | null;
                                regionCode: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力获取登录验证码 / a worker asks for a one-time code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/code/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力验证码登录 / a worker signs in with the code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 状态变更请求需带 x-csrf-token 头 / send as the x-csrf-token header on state-changing requests */
                            csrfToken: string;
                            user: {
                                login: string;
                                name: string;
                                /** @description officers: the region they work for / 辖区 */
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "admin" | "province" | "city" | "county" | "employer" | "checkin" | "worker";
                                /** @description 可访问范围 / what the user reaches */
                                scope: {
                                    /** @enum {string} */
                                    kind: "region";
                                    prefix: string;
                                } | {
                                    employerId: string;
                                    /** @enum {string} */
                                    kind: "employer";
                                } | {
                                    gatheringPointId: string;
                                    /** @enum {string} */
                                    kind: "gathering";
                                    servesPrefix: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "worker";
                                    province: string;
                                    workerId: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "none";
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 密码登录 / sign in with a password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 状态变更请求需带 x-csrf-token 头 / send as the x-csrf-token header on state-changing requests */
                            csrfToken: string;
                            user: {
                                login: string;
                                name: string;
                                /** @description officers: the region they work for / 辖区 */
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "admin" | "province" | "city" | "county" | "employer" | "checkin" | "worker";
                                /** @description 可访问范围 / what the user reaches */
                                scope: {
                                    /** @enum {string} */
                                    kind: "region";
                                    prefix: string;
                                } | {
                                    employerId: string;
                                    /** @enum {string} */
                                    kind: "employer";
                                } | {
                                    gatheringPointId: string;
                                    /** @enum {string} */
                                    kind: "gathering";
                                    servesPrefix: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "worker";
                                    province: string;
                                    workerId: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "none";
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 / sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 / who am I */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            login: string;
                            name: string;
                            /** @description officers: the region they work for / 辖区 */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            role: "admin" | "province" | "city" | "county" | "employer" | "checkin" | "worker";
                            /** @description 可访问范围 / what the user reaches */
                            scope: {
                                /** @enum {string} */
                                kind: "region";
                                prefix: string;
                            } | {
                                employerId: string;
                                /** @enum {string} */
                                kind: "employer";
                            } | {
                                gatheringPointId: string;
                                /** @enum {string} */
                                kind: "gathering";
                                servesPrefix: string;
                            } | {
                                /** @enum {string} */
                                kind: "worker";
                                province: string;
                                workerId: string;
                            } | {
                                /** @enum {string} */
                                kind: "none";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改自己的密码（需当前密码；其他会话结束）/ change your own password (needs the current one; your other sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            id: string;
                            login: string;
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 输出活动列表 / list campaigns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 创建时间 / created at, ISO 8601 */
                                createdAt: string;
                                /** @description 目的省份代码 / destination province codes */
                                destinations: string[];
                                endDate: string | null;
                                /** @description 发热阈值 °C / fever threshold, °C */
                                feverThreshold: number;
                                id: string;
                                name: string;
                                /** @description 组织地区代码 / organising region (GB/T 2260) */
                                regionCode: string;
                                /** @description 开始日期 / start date, YYYY-MM-DD */
                                startDate: string;
                                /** @description 目标输出人数 / target number of workers */
                                target: number;
                                /** @description 修改时间 / last changed, ISO 8601 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 创建输出活动（省级官员、管理员）/ create a campaign (province officers, administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 目的省份代码 / destination province codes
                         * @default []
                         */
                        destinations?: string[];
                        /**
                         * @description 结束日期 / end date, YYYY-MM-DD
                         * @default null
                         */
                        endDate?: string | null;
                        /**
                         * @description 发热阈值 °C / fever threshold in °C (default 37.3)
                         * @default 37.3
                         */
                        feverThreshold?: number;
                        name: string;
                        /** @description 组织地区（管理员可选；省级官员为本省）/ organising region (administrators; a province officer’s is their province) */
                        regionCode?: string;
                        /** @description 开始日期 / start date, YYYY-MM-DD */
                        startDate: string;
                        target: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 创建时间 / created at, ISO 8601 */
                            createdAt: string;
                            /** @description 目的省份代码 / destination province codes */
                            destinations: string[];
                            endDate: string | null;
                            /** @description 发热阈值 °C / fever threshold, °C */
                            feverThreshold: number;
                            id: string;
                            name: string;
                            /** @description 组织地区代码 / organising region (GB/T 2260) */
                            regionCode: string;
                            /** @description 开始日期 / start date, YYYY-MM-DD */
                            startDate: string;
                            /** @description 目标输出人数 / target number of workers */
                            target: number;
                            /** @description 修改时间 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 输出活动 / one campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 创建时间 / created at, ISO 8601 */
                            createdAt: string;
                            /** @description 目的省份代码 / destination province codes */
                            destinations: string[];
                            endDate: string | null;
                            /** @description 发热阈值 °C / fever threshold, °C */
                            feverThreshold: number;
                            id: string;
                            name: string;
                            /** @description 组织地区代码 / organising region (GB/T 2260) */
                            regionCode: string;
                            /** @description 开始日期 / start date, YYYY-MM-DD */
                            startDate: string;
                            /** @description 目标输出人数 / target number of workers */
                            target: number;
                            /** @description 修改时间 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改输出活动（本辖区组织的活动）/ change a campaign organised in your region */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 目的省份代码 / destination province codes */
                        destinations?: string[];
                        /** @description 结束日期 / end date, YYYY-MM-DD */
                        endDate?: string | null;
                        /** @description 发热阈值 °C / fever threshold in °C (default 37.3) */
                        feverThreshold?: number;
                        name?: string;
                        /** @description 开始日期 / start date, YYYY-MM-DD */
                        startDate?: string;
                        target?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 创建时间 / created at, ISO 8601 */
                            createdAt: string;
                            /** @description 目的省份代码 / destination province codes */
                            destinations: string[];
                            endDate: string | null;
                            /** @description 发热阈值 °C / fever threshold, °C */
                            feverThreshold: number;
                            id: string;
                            name: string;
                            /** @description 组织地区代码 / organising region (GB/T 2260) */
                            regionCode: string;
                            /** @description 开始日期 / start date, YYYY-MM-DD */
                            startDate: string;
                            /** @description 目标输出人数 / target number of workers */
                            target: number;
                            /** @description 修改时间 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/campaigns/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分配运行记录 / allocation runs of a campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 运行者 / who started it */
                                actor: string;
                                campaignId: string;
                                error: string | null;
                                finishedAt: string | null;
                                id: string;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                /** @description 运行中的进度 / progress while it runs */
                                progress: {
                                    done: number;
                                    /** @description 阶段 / stage: loading, network, solving, saving… */
                                    stage: string;
                                    total: number;
                                } | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                summary: {
                                    /** @description 与上次运行相比 / against the proposals before this run */
                                    changes?: {
                                        dropped: number;
                                        moved: number;
                                        new: number;
                                    };
                                    /** @description 已确认、保持不变 / confirmed pairs kept fixed */
                                    fixed: number;
                                    jobs: number;
                                    newProposals?: number;
                                    objective: number;
                                    placed: number;
                                    placedOthers: number;
                                    placedPriority: number;
                                    runId: string;
                                    seconds: number;
                                    /** @description 参与分配的劳动力 / workers in the run */
                                    workers: number;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 后台运行分配 / start an allocation run in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            href: string;
                            runId: string;
                            /** @enum {string} */
                            status: "running";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发车看板 / the departure board per gathering point and coach */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            counts: {
                                absent_at_arrival: number;
                                arrived: number;
                                cancelled: number;
                                checked_in: number;
                                departed: number;
                                expected: number;
                                no_show: number;
                                rebooked: number;
                                refused: number;
                            };
                            date: string;
                            overdue: number;
                            passengers: number;
                            points: {
                                counts: {
                                    absent_at_arrival: number;
                                    arrived: number;
                                    cancelled: number;
                                    checked_in: number;
                                    departed: number;
                                    expected: number;
                                    no_show: number;
                                    rebooked: number;
                                    refused: number;
                                };
                                gatheringPointId: string | null;
                                name: string | null;
                                overdue: number;
                                passengers: number;
                                regionCode: string | null;
                                trips: {
                                    counts: {
                                        absent_at_arrival: number;
                                        arrived: number;
                                        cancelled: number;
                                        checked_in: number;
                                        departed: number;
                                        expected: number;
                                        no_show: number;
                                        rebooked: number;
                                        refused: number;
                                    };
                                    departedAt: string | null;
                                    estimatedArrival: string | null;
                                    number: string;
                                    overdue: number;
                                    passengers: number;
                                    tripId: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/board/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发车看板实时推送（SSE，每秒至多一次，含心跳）/ the board as server-sent events (at most one a second, heartbeat) */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/gathering-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动的集合点 / gathering points of a campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                lat: number;
                                lon: number;
                                name: string;
                                regionCode: string;
                                /** @description 服务的地区代码前缀 / region prefix of the people who gather here */
                                servesPrefix: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/needs-attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待处理记录 / rejected records that need an officer */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    status?: "open" | "resolved" | "all";
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                account: string;
                                at: string | null;
                                date: string | null;
                                deviceId: string | null;
                                field: string | null;
                                id: string;
                                idMasked: string | null;
                                kind: string;
                                reason: string;
                                receivedAt: string;
                                recordId: string;
                                resolution: string | null;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                rightTripId: string | null;
                                tripId: string | null;
                                tripNumber: string | null;
                                workerId: string | null;
                                workerName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 超时未交接 / departed passengers overdue at the gate */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                estimatedArrival: string | null;
                                number: string;
                                regionCode: string;
                                tripId: string;
                                workerId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/passengers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当日乘客名单（按状态、车次筛选）/ the day's passengers, by state or trip */
        get: {
            parameters: {
                query: {
                    date: string;
                    /** @description 只看超时未交接 / only those overdue at the gate */
                    overdue?: "true" | "false";
                    /** @description 只看此状态 / only this state */
                    state?: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                    /** @description 只看此车次 / only this trip */
                    trip?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                estimatedArrival: string | null;
                                idMasked: string;
                                name: string;
                                number: string;
                                overdue: boolean;
                                pointName: string | null;
                                regionCode: string;
                                regionName: string;
                                seat: number;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                toTripId: string | null;
                                travelGroup: string | null;
                                tripId: string;
                                workerId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地区目标（辖区内）/ regional targets within your region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                /** @description 创建时间 / created at, ISO 8601 */
                                createdAt: string;
                                /** @description 目的省份代码 / destination province codes */
                                destinations: string[];
                                endDate: string | null;
                                /** @description 发热阈值 °C / fever threshold, °C */
                                feverThreshold: number;
                                id: string;
                                name: string;
                                /** @description 组织地区代码 / organising region (GB/T 2260) */
                                regionCode: string;
                                /** @description 开始日期 / start date, YYYY-MM-DD */
                                startDate: string;
                                /** @description 目标输出人数 / target number of workers */
                                target: number;
                                /** @description 修改时间 / last changed, ISO 8601 */
                                updatedAt: string;
                            };
                            items: {
                                regionCode: string;
                                regionName: string;
                                /** @description 设定时间 / set at, ISO 8601 */
                                setAt: string;
                                /** @description 设定人 / set by (login) */
                                setBy: string;
                                target: number;
                            }[];
                            /** @description 可由你设定目标的地区 / regions whose target you set */
                            settable: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/quotas/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设定直属下级地区的目标（省设市、市设县）/ set the target of a region directly below yours */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                    /** @description 地区代码 / region code */
                    region: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 该地区目标人数 / the region’s target */
                        target: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string;
                            regionName: string;
                            /** @description 设定时间 / set at, ISO 8601 */
                            setAt: string;
                            /** @description 设定人 / set by (login) */
                            setBy: string;
                            target: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 取消地区目标 / remove a regional target */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                    /** @description 地区代码 / region code */
                    region: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已取消 / removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当日对账 / the day's reconciliation */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: number;
                            date: string;
                            overdue: number;
                            passengers: number;
                            states: {
                                absent_at_arrival: number;
                                arrived: number;
                                cancelled: number;
                                checked_in: number;
                                departed: number;
                                expected: number;
                                no_show: number;
                                rebooked: number;
                                refused: number;
                            };
                            trips: number;
                            unaccounted: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/reconciliation.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当日对账 Excel（证件号脱敏，留痕）/ the day's reconciliation as xlsx (ids masked, audited) */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动统计：目标进度、旅程各步、按地区、流向、行业、重点人群、每日趋势 / campaign statistics: progress against the region’s target, journey steps, by region, flows, industries, priority, daily trend */
        get: {
            parameters: {
                query?: {
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一级地区（省→市→县）/ the regions one level below the region shown */
                            byArea: {
                                code: string;
                                confirmed: number;
                                departed: number;
                                matched: number;
                                name: string;
                                priority: number;
                                progress: number | null;
                                target: number | null;
                                workers: number;
                            }[];
                            byCity: {
                                code: string;
                                name: string;
                                priority: number;
                                workers: number;
                            }[];
                            byDestinationProvince: {
                                code: string;
                                headcount: number;
                                name: string;
                                vacancies: number;
                            }[];
                            byIndustry: {
                                code: string;
                                en: string;
                                headcount: number;
                                vacancies: number;
                                zh: string;
                            }[];
                            /** @description 按存储状态计数，与 /api/workers?status= 一致 / per stored status, as /api/workers?status= counts */
                            byStatus: {
                                [key: string]: number;
                            };
                            campaign: {
                                /** @description 创建时间 / created at, ISO 8601 */
                                createdAt: string;
                                /** @description 目的省份代码 / destination province codes */
                                destinations: string[];
                                endDate: string | null;
                                /** @description 发热阈值 °C / fever threshold, °C */
                                feverThreshold: number;
                                id: string;
                                name: string;
                                /** @description 组织地区代码 / organising region (GB/T 2260) */
                                regionCode: string;
                                /** @description 开始日期 / start date, YYYY-MM-DD */
                                startDate: string;
                                /** @description 目标输出人数 / target number of workers */
                                target: number;
                                /** @description 修改时间 / last changed, ISO 8601 */
                                updatedAt: string;
                            };
                            daily: {
                                confirmed: number;
                                date: string;
                                registered: number;
                            }[];
                            /**
                             * @description 按分配结果，或尚未分配时按第一意向 / from allocations, or before any, from first wishes
                             * @enum {string}
                             */
                            flowBasis: "assignments" | "wishes";
                            flows: {
                                confirmed: number;
                                destination: {
                                    code: string;
                                    lat: number | null;
                                    lon: number | null;
                                    name: string;
                                };
                                origin: {
                                    code: string;
                                    lat: number | null;
                                    lon: number | null;
                                    name: string;
                                };
                                workers: number;
                            }[];
                            /** @description 岗位需求人数 / people the vacancies ask for */
                            headcount: number;
                            journey: {
                                /** @description 当前处于此步 / now at this step */
                                current: number;
                                /** @description 已到达此步或之后 / at this step or beyond */
                                reached: number;
                                /** @enum {string} */
                                step: "registered" | "matched" | "confirmed" | "onTrip" | "departed" | "arrived";
                            }[];
                            /** @description 已落实（已确认及之后各步）/ confirmed or further along: what the target counts */
                            placed: number;
                            /** @description 其中重点人群 / of them priority workers */
                            priority: number;
                            /** @description 已落实 / 本地区目标 / placed over the region’s target */
                            progress: number | null;
                            /** @description 所显示的地区 / the region shown */
                            region: {
                                code: string;
                                name: string;
                                prefix: string;
                            };
                            target: {
                                /**
                                 * @description 活动目标、上级下达的地区目标或无 / the campaign’s target, a quota set from above, or none
                                 * @enum {string}
                                 */
                                source: "campaign" | "quota" | "none";
                                /** @description 本地区目标；未设定为 null / the region’s target; null when none is set */
                                target: number | null;
                            };
                            vacancies: number;
                            withdrawn: number;
                            /** @description 登记劳动力 / registered workers in reach */
                            workers: number;
                            workersByIndustry: {
                                code: string;
                                en: string;
                                workers: number;
                                zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/trips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日车次（含路线坐标）/ trips of a campaign (on a day), stops with coordinates */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                campaignId: string;
                                capacity: number;
                                cost: number;
                                departureDate: string;
                                gatheringPointId: string | null;
                                id: string;
                                km: number;
                                /** @description 车次 / coach number */
                                number: string;
                                /** @description 辖区内乘客 / riders in your reach */
                                riders: number;
                                /** @enum {string} */
                                spacing: "normal" | "alternate";
                                stops: {
                                    /** @description 预计到达 / estimated time, HH:MM or MM-DD HH:MM */
                                    eta: string;
                                    /** @enum {string} */
                                    kind: "pickup" | "dropoff";
                                    km: number;
                                    lat: number | null;
                                    /** @description gp:<集合点 id> 或 site:<地区代码> / gp:<gathering point> or site:<region code> */
                                    location: string;
                                    lon: number | null;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 规划某日车次（已确认的分配）/ plan a day's coaches for the confirmed assignments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity?: number;
                        date: string;
                        /**
                         * @description 隔位乘坐 alternate / normal seating
                         * @enum {string}
                         */
                        spacing?: "normal" | "alternate";
                        /** @description 只排到岗日期不晚于此日的人员（其余留给以后的发车日）/ only people whose job starts by this day (the rest wait for a later departure day) */
                        startsBy?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 重新规划时的变化 / what a re-plan changed */
                            changes: {
                                passengersAdded: {
                                    id: string;
                                    trip: number;
                                }[];
                                passengersMoved: {
                                    fromTrip: number;
                                    id: string;
                                    toTrip: number;
                                }[];
                                passengersRemoved: {
                                    id: string;
                                    trip: number;
                                }[];
                                tripMap: (number | null)[];
                                tripsAdded: number[];
                                tripsChanged: {
                                    current: number;
                                    previous: number;
                                }[];
                                tripsRemoved: number[];
                            } | null;
                            coaches: number;
                            cost: number;
                            date: string;
                            km: number;
                            lowerBoundCoaches: number;
                            /** @description 每个集合点单独发车的朴素方案 / the naive plan, a coach per point and site */
                            naive: {
                                coaches: number;
                                cost: number;
                                km: number;
                            };
                            passengers: number;
                            planId: string | null;
                            unplanned: {
                                reason: {
                                    en: string;
                                    zh: string;
                                };
                                workerId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职业技能证书 / certificates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkin/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检录名单（集合点当日各车次，离线用）/ the check-in manifest of a gathering point's day, for offline use */
        get: {
            parameters: {
                query: {
                    date: string;
                    /** @description 集合点（人社部门必填；检录账户固定为本集合点）/ gathering point (officers; check-in staff get their own) */
                    gatheringPointId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                login: string;
                                role: string;
                            };
                            date: string;
                            feverThreshold: number;
                            gatheringPoint: {
                                id: string;
                                name: string;
                            } | null;
                            passengers: {
                                destinationName: string | null;
                                /** @description HMAC-SHA256(lookupKey, 规范化身份证号) 前 128 位 hex / first 128 bits of HMAC-SHA256(lookupKey, normalised identity number), hex */
                                idDigest: string;
                                idMasked: string;
                                name: string;
                                seat: number;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                /** @description 乘车码内容（与二维码相同）/ the boarding QR token, as printed */
                                token: string;
                                travelGroup: string | null;
                                tripId: string;
                                workerId: string;
                            }[];
                            serverTime: string;
                            trips: {
                                counts: {
                                    absent_at_arrival: number;
                                    arrived: number;
                                    cancelled: number;
                                    checked_in: number;
                                    departed: number;
                                    expected: number;
                                    no_show: number;
                                    rebooked: number;
                                    refused: number;
                                };
                                date: string;
                                /** @description 本集合点计划发车时间 / planned departure from this point */
                                departAt: string | null;
                                departedAt: string | null;
                                destination: string | null;
                                id: string;
                                /** @description 本车次身份证号摘要密钥（base64url）/ this trip's key for identity-number digests (base64url) */
                                lookupKey: string;
                                number: string;
                                passengers: number;
                                plate: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 检录记录（批量，幂等）/ check-in records (batch, idempotent by id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 设备编号 / device id */
                        deviceId: string;
                        /** @description 最多 500 条，逐条处理 / up to 500 items, each handled on its own */
                        items: ({
                            at?: unknown;
                            id?: unknown;
                            identity?: unknown;
                            security?: unknown;
                            temperature?: unknown;
                            tripId?: unknown;
                            workerId?: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                field?: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "stored" | "duplicate" | "rejected";
                                reason?: string;
                                /** @enum {string} */
                                state?: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                tripId?: string;
                            }[];
                            serverTime: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用人单位的岗位（审核状态、人数）/ an employer's own vacancies, with approval and people counts */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                                 * @enum {string|null}
                                 */
                                accommodation: "provided" | "allowance" | "none" | null;
                                ageMax: number | null;
                                ageMin: number | null;
                                /**
                                 * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                                 * @enum {string}
                                 */
                                approval: "pending" | "approved" | "rejected";
                                /** @description 驳回原因 / why it was rejected */
                                approvalReason: string | null;
                                campaignId: string;
                                /** @description 证书要求（代码）/ required certificates (codes) */
                                certificates: string[];
                                contactName: string | null;
                                contactPhoneMasked: string | null;
                                creditCode: string;
                                employerId: string;
                                employerName: string;
                                /** @description 招聘人数 / people wanted */
                                headcount: number;
                                id: string;
                                /** @description 行业代码 / industry code */
                                industry: string;
                                /**
                                 * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                                 * @enum {string|null}
                                 */
                                meals: "provided" | "allowance" | "none" | null;
                                /** @description 拟分配 / 已确认（未排车）/ 已排车 人数 / people proposed, confirmed (no coach yet), on a coach */
                                people: {
                                    confirmed: number;
                                    onTrip: number;
                                    proposed: number;
                                };
                                /** @description 工作地址（街道门牌）/ street address of the site */
                                siteAddress: string | null;
                                /** @description 工作地点（县或市）/ site, a county or city code */
                                siteCode: string;
                                /** @description 工作地点全称 / the site's full name */
                                siteName: string | null;
                                /** @description 到岗日期 / start date */
                                startDate: string | null;
                                /** @description 岗位名称 / title */
                                title: string;
                                /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                                wage: number;
                                /** @description 月薪上限 / upper bound, if a range */
                                wageMax: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用人单位列表 / list employers */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 单位名称或信用代码包含 / name or credit code contains */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 统一社会信用代码 / unified social credit code (GB 32100) */
                                creditCode: string;
                                headcount: number;
                                id: string;
                                name: string;
                                /** @description 登记地 / registering region */
                                regionCode: string;
                                vacancies: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记用人单位（留痕）/ register an employer (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一社会信用代码 / unified social credit code */
                        creditCode: string;
                        name: string;
                        /** @description 登记地；缺省取自信用代码第 3–8 位 / defaults to characters 3–8 of the credit code */
                        regionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 */
                            createdAt: string;
                            /** @description 统一社会信用代码 / unified social credit code (GB 32100) */
                            creditCode: string;
                            headcount: number;
                            id: string;
                            name: string;
                            /** @description 登记地 / registering region */
                            regionCode: string;
                            regionName: string | null;
                            /** @description ISO 8601 */
                            updatedAt: string;
                            vacancies: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用人单位详情 / one employer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 */
                            createdAt: string;
                            /** @description 统一社会信用代码 / unified social credit code (GB 32100) */
                            creditCode: string;
                            headcount: number;
                            id: string;
                            name: string;
                            /** @description 登记地 / registering region */
                            regionCode: string;
                            regionName: string | null;
                            /** @description ISO 8601 */
                            updatedAt: string;
                            vacancies: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用人单位（留痕）/ correct an employer (audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一社会信用代码 / unified social credit code */
                        creditCode?: string;
                        name?: string;
                        /** @description 登记地；缺省取自信用代码第 3–8 位 / defaults to characters 3–8 of the credit code */
                        regionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 */
                            createdAt: string;
                            /** @description 统一社会信用代码 / unified social credit code (GB 32100) */
                            creditCode: string;
                            headcount: number;
                            id: string;
                            name: string;
                            /** @description 登记地 / registering region */
                            regionCode: string;
                            regionName: string | null;
                            /** @description ISO 8601 */
                            updatedAt: string;
                            vacancies: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/grievances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉列表（户籍地官员、用人单位）/ grievances: the home region's officers, the employer */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category */
                    category?: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                    employer?: string;
                    /** @description 只看逾期未处理的 / only those open past their deadline */
                    overdue?: "true" | "false";
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state */
                    state?: "received" | "in_hand" | "resolved" | "closed";
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                                 * @enum {string}
                                 */
                                category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                                categoryText: {
                                    en: string;
                                    zh: string;
                                };
                                createdAt: string;
                                description: string;
                                /** @description 当前状态的处理期限 / the deadline of the current state */
                                dueAt: string | null;
                                history: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                     * @enum {string|null}
                                     */
                                    from: "received" | "in_hand" | "resolved" | "closed" | null;
                                    note: string | null;
                                    role: string;
                                    /**
                                     * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                     * @enum {string}
                                     */
                                    to: "received" | "in_hand" | "resolved" | "closed";
                                }[];
                                id: string;
                                /** @description 调用者可做的状态变更 / the state changes the caller may make */
                                moves: ("received" | "in_hand" | "resolved" | "closed")[];
                                overdue: boolean;
                                photos: {
                                    bytes: number;
                                    id: string;
                                    mime: string;
                                    url: string;
                                }[];
                                /** @description worker 本人，或代办官员的账号 / "worker", or the assisting officer's login */
                                reportedBy: string;
                                routedTo: {
                                    /** @description 岗位联系人 / the vacancy's contact */
                                    contact: {
                                        name: string | null;
                                        phoneMasked: string | null;
                                    } | null;
                                    /** @description 户籍地（处理的官员）/ home region (the officers it goes to) */
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    employer: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    job: {
                                        id: string;
                                        title: string;
                                    } | null;
                                };
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string}
                                 */
                                state: "received" | "in_hand" | "resolved" | "closed";
                                stateText: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                worker: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grievances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条投诉及其处理记录 / one grievance and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                             * @enum {string}
                             */
                            category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                            categoryText: {
                                en: string;
                                zh: string;
                            };
                            createdAt: string;
                            description: string;
                            /** @description 当前状态的处理期限 / the deadline of the current state */
                            dueAt: string | null;
                            history: {
                                actor: string;
                                at: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string|null}
                                 */
                                from: "received" | "in_hand" | "resolved" | "closed" | null;
                                note: string | null;
                                role: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string}
                                 */
                                to: "received" | "in_hand" | "resolved" | "closed";
                            }[];
                            id: string;
                            /** @description 调用者可做的状态变更 / the state changes the caller may make */
                            moves: ("received" | "in_hand" | "resolved" | "closed")[];
                            overdue: boolean;
                            photos: {
                                bytes: number;
                                id: string;
                                mime: string;
                                url: string;
                            }[];
                            /** @description worker 本人，或代办官员的账号 / "worker", or the assisting officer's login */
                            reportedBy: string;
                            routedTo: {
                                /** @description 岗位联系人 / the vacancy's contact */
                                contact: {
                                    name: string | null;
                                    phoneMasked: string | null;
                                } | null;
                                /** @description 户籍地（处理的官员）/ home region (the officers it goes to) */
                                county: {
                                    code: string;
                                    name: string;
                                };
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                            };
                            /**
                             * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                             * @enum {string}
                             */
                            state: "received" | "in_hand" | "resolved" | "closed";
                            stateText: {
                                en: string;
                                zh: string;
                            };
                            updatedAt: string;
                            worker: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grievances/{id}/photos/{photo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉照片 / a grievance photo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grievances/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理、解决、结案或退回 / take in hand, resolve, close or reopen a grievance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 处理说明（解决、结案、退回时必填）/ what was done (required to resolve, close or reopen) */
                        note?: string;
                        /**
                         * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                         * @enum {string}
                         */
                        to: "received" | "in_hand" | "resolved" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                             * @enum {string}
                             */
                            category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                            categoryText: {
                                en: string;
                                zh: string;
                            };
                            createdAt: string;
                            description: string;
                            /** @description 当前状态的处理期限 / the deadline of the current state */
                            dueAt: string | null;
                            history: {
                                actor: string;
                                at: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string|null}
                                 */
                                from: "received" | "in_hand" | "resolved" | "closed" | null;
                                note: string | null;
                                role: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string}
                                 */
                                to: "received" | "in_hand" | "resolved" | "closed";
                            }[];
                            id: string;
                            /** @description 调用者可做的状态变更 / the state changes the caller may make */
                            moves: ("received" | "in_hand" | "resolved" | "closed")[];
                            overdue: boolean;
                            photos: {
                                bytes: number;
                                id: string;
                                mime: string;
                                url: string;
                            }[];
                            /** @description worker 本人，或代办官员的账号 / "worker", or the assisting officer's login */
                            reportedBy: string;
                            routedTo: {
                                /** @description 岗位联系人 / the vacancy's contact */
                                contact: {
                                    name: string | null;
                                    phoneMasked: string | null;
                                } | null;
                                /** @description 户籍地（处理的官员）/ home region (the officers it goes to) */
                                county: {
                                    code: string;
                                    name: string;
                                };
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                            };
                            /**
                             * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                             * @enum {string}
                             */
                            state: "received" | "in_hand" | "resolved" | "closed";
                            stateText: {
                                en: string;
                                zh: string;
                            };
                            updatedAt: string;
                            worker: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grievances/by-employer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按用人单位统计投诉（总数、未结、逾期）/ grievances by employer: all, open, overdue */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                employerId: string;
                                employerName: string;
                                open: number;
                                overdue: number;
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 / health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入记录（本辖区）/ imports started within your reach */
        get: {
            parameters: {
                query?: {
                    kind?: "workers" | "jobs";
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 上传人 / who uploaded */
                                actorLogin: string;
                                bytesRead: number;
                                campaignId: string | null;
                                /** @description 文件无法读取时的原因 / why the file could not be read */
                                error: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description 可下载拒绝行工作簿 / the refused rows workbook can be downloaded */
                                errorsAvailable: boolean;
                                errorsExpireAt: string | null;
                                fileBytes: number;
                                fileName: string;
                                finishedAt: string | null;
                                id: string;
                                imported: number;
                                /** @enum {string} */
                                kind: "workers" | "jobs";
                                refused: number;
                                /** @description 已读行数 / rows read so far */
                                rows: number;
                                startedAt: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                unchanged: number;
                                updated: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 上传并导入劳动力或岗位表（后台进行，留痕）/ upload and import registrations or vacancies (in the background, audited)
         * @description multipart/form-data, one part `file` (.xlsx or .csv, at most 200 MB)
         */
        post: {
            parameters: {
                query: {
                    campaign?: string;
                    kind: "workers" | "jobs";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 上传人 / who uploaded */
                            actorLogin: string;
                            bytesRead: number;
                            campaignId: string | null;
                            /** @description 文件无法读取时的原因 / why the file could not be read */
                            error: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description 可下载拒绝行工作簿 / the refused rows workbook can be downloaded */
                            errorsAvailable: boolean;
                            errorsExpireAt: string | null;
                            fileBytes: number;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            imported: number;
                            /** @enum {string} */
                            kind: "workers" | "jobs";
                            refused: number;
                            /** @description 已读行数 / rows read so far */
                            rows: number;
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次导入的进度与结果 / one import: progress and outcome */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 上传人 / who uploaded */
                            actorLogin: string;
                            bytesRead: number;
                            campaignId: string | null;
                            /** @description 文件无法读取时的原因 / why the file could not be read */
                            error: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description 可下载拒绝行工作簿 / the refused rows workbook can be downloaded */
                            errorsAvailable: boolean;
                            errorsExpireAt: string | null;
                            fileBytes: number;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            imported: number;
                            /** @enum {string} */
                            kind: "workers" | "jobs";
                            refused: number;
                            /** @description 已读行数 / rows read so far */
                            rows: number;
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载拒绝行工作簿（含完整证件号，留痕）/ the refused rows workbook (full numbers; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板 .xlsx / the import template as .xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "workers" | "jobs";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行业 / industries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审核的用人单位岗位 / vacancies waiting for approval */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                                 * @enum {string|null}
                                 */
                                accommodation: "provided" | "allowance" | "none" | null;
                                ageMax: number | null;
                                ageMin: number | null;
                                /**
                                 * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                                 * @enum {string}
                                 */
                                approval: "pending" | "approved" | "rejected";
                                /** @description 驳回原因 / why it was rejected */
                                approvalReason: string | null;
                                campaignId: string;
                                /** @description 证书要求（代码）/ required certificates (codes) */
                                certificates: string[];
                                contactName: string | null;
                                contactPhoneMasked: string | null;
                                creditCode: string;
                                employerId: string;
                                employerName: string;
                                /** @description 招聘人数 / people wanted */
                                headcount: number;
                                id: string;
                                /** @description 行业代码 / industry code */
                                industry: string;
                                /**
                                 * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                                 * @enum {string|null}
                                 */
                                meals: "provided" | "allowance" | "none" | null;
                                /** @description 工作地址（街道门牌）/ street address of the site */
                                siteAddress: string | null;
                                /** @description 工作地点（县或市）/ site, a county or city code */
                                siteCode: string;
                                /** @description 工作地点全称 / the site's full name */
                                siteName: string | null;
                                /** @description 到岗日期 / start date */
                                startDate: string | null;
                                /** @description 岗位名称 / title */
                                title: string;
                                /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                                wage: number;
                                /** @description 月薪上限 / upper bound, if a range */
                                wageMax: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位列表 / list vacancies */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    employer?: string;
                    industry?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 岗位或单位名称包含 / title or employer contains */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                                 * @enum {string|null}
                                 */
                                accommodation: "provided" | "allowance" | "none" | null;
                                ageMax: number | null;
                                ageMin: number | null;
                                /**
                                 * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                                 * @enum {string}
                                 */
                                approval: "pending" | "approved" | "rejected";
                                /** @description 驳回原因 / why it was rejected */
                                approvalReason: string | null;
                                campaignId: string;
                                /** @description 证书要求（代码）/ required certificates (codes) */
                                certificates: string[];
                                contactName: string | null;
                                contactPhoneMasked: string | null;
                                creditCode: string;
                                employerId: string;
                                employerName: string;
                                /** @description 招聘人数 / people wanted */
                                headcount: number;
                                id: string;
                                /** @description 行业代码 / industry code */
                                industry: string;
                                /**
                                 * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                                 * @enum {string|null}
                                 */
                                meals: "provided" | "allowance" | "none" | null;
                                /** @description 工作地址（街道门牌）/ street address of the site */
                                siteAddress: string | null;
                                /** @description 工作地点（县或市）/ site, a county or city code */
                                siteCode: string;
                                /** @description 工作地点全称 / the site's full name */
                                siteName: string | null;
                                /** @description 到岗日期 / start date */
                                startDate: string | null;
                                /** @description 岗位名称 / title */
                                title: string;
                                /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                                wage: number;
                                /** @description 月薪上限 / upper bound, if a range */
                                wageMax: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建岗位（留痕）/ enter a vacancy (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                         * @default null
                         * @enum {string|null}
                         */
                        accommodation?: "provided" | "allowance" | "none" | null;
                        ageMax: number | null;
                        ageMin: number | null;
                        /** Format: uuid */
                        campaignId: string;
                        /** @description 证书要求（代码）/ required certificates (codes) */
                        certificates: string[];
                        contactName: string | null;
                        /** @description 联系电话（手机或带区号固话）/ mobile or fixed line */
                        contactPhone: string | null;
                        /** Format: uuid */
                        employerId: string;
                        /** @description 招聘人数 / people wanted */
                        headcount: number;
                        /** @description 行业代码 / industry code */
                        industry: string;
                        /**
                         * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                         * @default null
                         * @enum {string|null}
                         */
                        meals?: "provided" | "allowance" | "none" | null;
                        /**
                         * @description 工作地址（街道门牌）/ street address of the site
                         * @default null
                         */
                        siteAddress?: string | null;
                        /** @description 工作地点（县或市）/ site, a county or city code */
                        siteCode: string;
                        /** @description 到岗日期 / start date */
                        startDate: string | null;
                        /** @description 岗位名称 / title */
                        title: string;
                        /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                        wage: number;
                        /** @description 月薪上限 / upper bound, if a range */
                        wageMax: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                             * @enum {string|null}
                             */
                            accommodation: "provided" | "allowance" | "none" | null;
                            ageMax: number | null;
                            ageMin: number | null;
                            /**
                             * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                             * @enum {string}
                             */
                            approval: "pending" | "approved" | "rejected";
                            /** @description 驳回原因 / why it was rejected */
                            approvalReason: string | null;
                            campaignId: string;
                            /** @description 证书要求（代码）/ required certificates (codes) */
                            certificates: string[];
                            contactName: string | null;
                            contactPhoneMasked: string | null;
                            creditCode: string;
                            employerId: string;
                            employerName: string;
                            /** @description 招聘人数 / people wanted */
                            headcount: number;
                            id: string;
                            /** @description 行业代码 / industry code */
                            industry: string;
                            /**
                             * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                             * @enum {string|null}
                             */
                            meals: "provided" | "allowance" | "none" | null;
                            /** @description 工作地址（街道门牌）/ street address of the site */
                            siteAddress: string | null;
                            /** @description 工作地点（县或市）/ site, a county or city code */
                            siteCode: string;
                            /** @description 工作地点全称 / the site's full name */
                            siteName: string | null;
                            /** @description 到岗日期 / start date */
                            startDate: string | null;
                            /** @description 岗位名称 / title */
                            title: string;
                            /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                            wage: number;
                            /** @description 月薪上限 / upper bound, if a range */
                            wageMax: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位详情 / one vacancy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                             * @enum {string|null}
                             */
                            accommodation: "provided" | "allowance" | "none" | null;
                            ageMax: number | null;
                            ageMin: number | null;
                            /**
                             * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                             * @enum {string}
                             */
                            approval: "pending" | "approved" | "rejected";
                            /** @description 驳回原因 / why it was rejected */
                            approvalReason: string | null;
                            campaignId: string;
                            /** @description 证书要求（代码）/ required certificates (codes) */
                            certificates: string[];
                            contactName: string | null;
                            contactPhoneMasked: string | null;
                            creditCode: string;
                            employerId: string;
                            employerName: string;
                            /** @description 招聘人数 / people wanted */
                            headcount: number;
                            id: string;
                            /** @description 行业代码 / industry code */
                            industry: string;
                            /**
                             * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                             * @enum {string|null}
                             */
                            meals: "provided" | "allowance" | "none" | null;
                            /** @description 工作地址（街道门牌）/ street address of the site */
                            siteAddress: string | null;
                            /** @description 工作地点（县或市）/ site, a county or city code */
                            siteCode: string;
                            /** @description 工作地点全称 / the site's full name */
                            siteName: string | null;
                            /** @description 到岗日期 / start date */
                            startDate: string | null;
                            /** @description 岗位名称 / title */
                            title: string;
                            /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                            wage: number;
                            /** @description 月薪上限 / upper bound, if a range */
                            wageMax: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改岗位（留痕）/ correct a vacancy (audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                         * @enum {string|null}
                         */
                        accommodation?: "provided" | "allowance" | "none" | null;
                        ageMax?: number | null;
                        ageMin?: number | null;
                        /** @description 证书要求（代码）/ required certificates (codes) */
                        certificates?: string[];
                        contactName?: string | null;
                        /** @description 联系电话（手机或带区号固话）/ mobile or fixed line */
                        contactPhone?: string | null;
                        /** @description 招聘人数 / people wanted */
                        headcount?: number;
                        /** @description 行业代码 / industry code */
                        industry?: string;
                        /**
                         * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                         * @enum {string|null}
                         */
                        meals?: "provided" | "allowance" | "none" | null;
                        /** @description 工作地址（街道门牌）/ street address of the site */
                        siteAddress?: string | null;
                        /** @description 工作地点（县或市）/ site, a county or city code */
                        siteCode?: string;
                        /** @description 到岗日期 / start date */
                        startDate?: string | null;
                        /** @description 岗位名称 / title */
                        title?: string;
                        /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                        wage?: number;
                        /** @description 月薪上限 / upper bound, if a range */
                        wageMax?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                             * @enum {string|null}
                             */
                            accommodation: "provided" | "allowance" | "none" | null;
                            ageMax: number | null;
                            ageMin: number | null;
                            /**
                             * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                             * @enum {string}
                             */
                            approval: "pending" | "approved" | "rejected";
                            /** @description 驳回原因 / why it was rejected */
                            approvalReason: string | null;
                            campaignId: string;
                            /** @description 证书要求（代码）/ required certificates (codes) */
                            certificates: string[];
                            contactName: string | null;
                            contactPhoneMasked: string | null;
                            creditCode: string;
                            employerId: string;
                            employerName: string;
                            /** @description 招聘人数 / people wanted */
                            headcount: number;
                            id: string;
                            /** @description 行业代码 / industry code */
                            industry: string;
                            /**
                             * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                             * @enum {string|null}
                             */
                            meals: "provided" | "allowance" | "none" | null;
                            /** @description 工作地址（街道门牌）/ street address of the site */
                            siteAddress: string | null;
                            /** @description 工作地点（县或市）/ site, a county or city code */
                            siteCode: string;
                            /** @description 工作地点全称 / the site's full name */
                            siteName: string | null;
                            /** @description 到岗日期 / start date */
                            startDate: string | null;
                            /** @description 岗位名称 / title */
                            title: string;
                            /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                            wage: number;
                            /** @description 月薪上限 / upper bound, if a range */
                            wageMax: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/jobs/{id}/confirmed.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已确认人员名单（xlsx，证件号脱敏）/ confirmed workers (xlsx, ids masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/interested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对该岗位感兴趣的劳动力（证件号脱敏）/ workers interested in a vacancy (ids masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                age: number;
                                /** @description 标记时间 / marked at */
                                at: string;
                                certificates: string[];
                                county: string;
                                idMasked: string;
                                name: string;
                                regionCode: string;
                                workerId: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 为岗位推荐劳动力（附理由）/ top workers for a vacancy, with reasons */
        get: {
            parameters: {
                query?: {
                    /** @description 条数 / how many */
                    k?: number;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                reasons: {
                                    en: string;
                                    zh: string;
                                }[];
                                score: number;
                                value: number;
                                worker: string;
                            }[];
                            job: string;
                            /** @description 用人单位有逾期未处理的投诉时的提示 / set when the employer has grievances open past their deadline */
                            warning?: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准或驳回岗位（留痕）/ approve or reject a vacancy (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing
                             * @enum {string|null}
                             */
                            accommodation: "provided" | "allowance" | "none" | null;
                            ageMax: number | null;
                            ageMin: number | null;
                            /**
                             * @description 用人单位发布的岗位须经审核 / an employer's posting waits for approval
                             * @enum {string}
                             */
                            approval: "pending" | "approved" | "rejected";
                            /** @description 驳回原因 / why it was rejected */
                            approvalReason: string | null;
                            campaignId: string;
                            /** @description 证书要求（代码）/ required certificates (codes) */
                            certificates: string[];
                            contactName: string | null;
                            contactPhoneMasked: string | null;
                            creditCode: string;
                            employerId: string;
                            employerName: string;
                            /** @description 招聘人数 / people wanted */
                            headcount: number;
                            id: string;
                            /** @description 行业代码 / industry code */
                            industry: string;
                            /**
                             * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals
                             * @enum {string|null}
                             */
                            meals: "provided" | "allowance" | "none" | null;
                            /** @description 工作地址（街道门牌）/ street address of the site */
                            siteAddress: string | null;
                            /** @description 工作地点（县或市）/ site, a county or city code */
                            siteCode: string;
                            /** @description 工作地点全称 / the site's full name */
                            siteName: string | null;
                            /** @description 到岗日期 / start date */
                            startDate: string | null;
                            /** @description 岗位名称 / title */
                            title: string;
                            /** @description 月薪（元，下限）/ monthly wage in yuan (lower bound) */
                            wage: number;
                            /** @description 月薪上限 / upper bound, if a range */
                            wageMax: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位的拟分配、已确认和已排车人员（证件号脱敏）/ workers proposed, confirmed and on trips for a vacancy (ids masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                confirmed: number;
                                onTrip: number;
                                proposed: number;
                            };
                            items: {
                                /** @description 活动开始日的周岁 / age on the campaign's start date */
                                age: number;
                                /** @description 上车集合点 / gathering point where they board */
                                boardingAt: string | null;
                                /** @description 上车时间 HH:MM / boarding time */
                                boardingTime: string | null;
                                /** @description 持有证书（代码）/ certificates held (codes) */
                                certificates: string[];
                                /** @description 户籍县 / home county */
                                county: string;
                                departureDate: string | null;
                                /** @description 预计到达工作地点 HH:MM 或 MM-DD HH:MM / expected at the site */
                                expectedArrival: string | null;
                                /** @description 脱敏身份证号 / masked identity number */
                                idMasked: string;
                                name: string;
                                /** @description 脱敏手机号 / masked phone */
                                phoneMasked: string | null;
                                regionCode: string;
                                seat: number | null;
                                /** @enum {string} */
                                stage: "proposed" | "confirmed" | "onTrip";
                                tripId: string | null;
                                tripNumber: string | null;
                                workerId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/workers/{workerId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用人单位确认或婉拒拟分配人员（留痕）/ confirm or decline a proposed worker (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    workerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirm: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "confirmed" | "declined";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力报名：获取验证码 / a worker asks for a registration code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力报名：核对验证码（已有账户则直接登录）/ a worker checks the code: a registration ticket, and a session when the phone already has an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 已登录时的 CSRF 令牌 / the CSRF token when signed in */
                            csrfToken: string | null;
                            expiresAt: string;
                            /** @description 该手机号已有账户：已登录（会话 cookie 已设置）/ the phone already has an account: signed in (session cookie set) */
                            signedIn: boolean;
                            /** @description 报名凭证（一次有效）/ one-use registration ticket */
                            ticket: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/grievances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我反映的问题及处理进度 / my grievances and how they stand */
        get: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                                 * @enum {string}
                                 */
                                category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                                categoryText: {
                                    en: string;
                                    zh: string;
                                };
                                createdAt: string;
                                description: string;
                                /** @description 当前状态的处理期限 / the deadline of the current state */
                                dueAt: string | null;
                                history: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                     * @enum {string|null}
                                     */
                                    from: "received" | "in_hand" | "resolved" | "closed" | null;
                                    note: string | null;
                                    role: string;
                                    /**
                                     * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                     * @enum {string}
                                     */
                                    to: "received" | "in_hand" | "resolved" | "closed";
                                }[];
                                id: string;
                                /** @description 调用者可做的状态变更 / the state changes the caller may make */
                                moves: ("received" | "in_hand" | "resolved" | "closed")[];
                                overdue: boolean;
                                photos: {
                                    bytes: number;
                                    id: string;
                                    mime: string;
                                    url: string;
                                }[];
                                /** @description worker 本人，或代办官员的账号 / "worker", or the assisting officer's login */
                                reportedBy: string;
                                routedTo: {
                                    /** @description 岗位联系人 / the vacancy's contact */
                                    contact: {
                                        name: string | null;
                                        phoneMasked: string | null;
                                    } | null;
                                    /** @description 户籍地（处理的官员）/ home region (the officers it goes to) */
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    employer: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    job: {
                                        id: string;
                                        title: string;
                                    } | null;
                                };
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string}
                                 */
                                state: "received" | "in_hand" | "resolved" | "closed";
                                stateText: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                worker: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 反映问题（工资、住宿、安全等）/ report a problem at work (wages, housing, safety, …) */
        post: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                         * @enum {string}
                         */
                        category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                        /** @description 客户端生成的 id：重发不会重复登记 / a client-generated id: sending twice files once */
                        clientId?: string;
                        /** @description 发生了什么（1–1000 字）/ what happened (1–1000 characters) */
                        description: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category
                             * @enum {string}
                             */
                            category: "wage_below_advertised" | "unpaid_wages" | "hours" | "housing" | "safety" | "no_contract" | "other";
                            categoryText: {
                                en: string;
                                zh: string;
                            };
                            createdAt: string;
                            description: string;
                            /** @description 当前状态的处理期限 / the deadline of the current state */
                            dueAt: string | null;
                            history: {
                                actor: string;
                                at: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string|null}
                                 */
                                from: "received" | "in_hand" | "resolved" | "closed" | null;
                                note: string | null;
                                role: string;
                                /**
                                 * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                                 * @enum {string}
                                 */
                                to: "received" | "in_hand" | "resolved" | "closed";
                            }[];
                            id: string;
                            /** @description 调用者可做的状态变更 / the state changes the caller may make */
                            moves: ("received" | "in_hand" | "resolved" | "closed")[];
                            overdue: boolean;
                            photos: {
                                bytes: number;
                                id: string;
                                mime: string;
                                url: string;
                            }[];
                            /** @description worker 本人，或代办官员的账号 / "worker", or the assisting officer's login */
                            reportedBy: string;
                            routedTo: {
                                /** @description 岗位联系人 / the vacancy's contact */
                                contact: {
                                    name: string | null;
                                    phoneMasked: string | null;
                                } | null;
                                /** @description 户籍地（处理的官员）/ home region (the officers it goes to) */
                                county: {
                                    code: string;
                                    name: string;
                                };
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                            };
                            /**
                             * @description 状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state
                             * @enum {string}
                             */
                            state: "received" | "in_hand" | "resolved" | "closed";
                            stateText: {
                                en: string;
                                zh: string;
                            };
                            updatedAt: string;
                            worker: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/grievances/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 为投诉添加照片（JPEG/PNG/WebP/HEIC，5 MB 以内，最多 4 张）/ add a photo to a grievance (JPEG/PNG/WebP/HEIC, up to 5 MB, at most 4)
         * @description multipart/form-data, one part `photo`
         */
        post: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytes: number;
                            id: string;
                            mime: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的报名与行程 / my registration, offer and trip */
        get: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                at: string;
                                en: string;
                                zh: string;
                            }[];
                            journey: {
                                at: string;
                                /** @enum {string} */
                                step: "registered" | "matched" | "confirmed" | "trip_assigned" | "departed" | "arrived" | "withdrawn";
                            }[];
                            offer: {
                                /**
                                 * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供，null 未说明 / housing; null = not said
                                 * @enum {string|null}
                                 */
                                accommodation: "provided" | "allowance" | "none" | null;
                                certificates: string[];
                                employerName: string;
                                jobId: string;
                                /**
                                 * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供，null 未说明 / meals; null = not said
                                 * @enum {string|null}
                                 */
                                meals: "provided" | "allowance" | "none" | null;
                                /** @description 工作地址 / street address of the site */
                                siteAddress: string | null;
                                siteCode: string;
                                /** @description 工作地 / where the work is */
                                siteName: string;
                                /** @enum {string} */
                                stage: "proposed" | "confirmed";
                                startDate: string | null;
                                title: string;
                                wage: number;
                                wageMax: number | null;
                                /** @enum {string|null} */
                                workerAnswer: "accepted" | "declined" | null;
                            } | null;
                            trip: {
                                /** @description 出发日期 / departure date, YYYY-MM-DD */
                                date: string;
                                /** @description 集合点出发时间 / leaves the gathering point at, HH:MM */
                                departAt: string;
                                destinationName: string;
                                gatheringPoint: {
                                    address: string;
                                    name: string;
                                };
                                number: string;
                                /** @description 乘车凭证 PDF / the boarding pass PDF */
                                passUrl: string;
                                plate?: string | null;
                                seat: number;
                                /** @description 乘车二维码内容 / the boarding QR payload */
                                token: string;
                                tripId: string;
                            } | null;
                            worker: {
                                campaignId: string;
                                campaignName: string;
                                certificates: string[];
                                destinations: string[];
                                id: string;
                                idMasked: string;
                                industries: string[];
                                minWage: number;
                                name: string;
                                phoneMasked: string | null;
                                regionCode: string;
                                regionName: string;
                                status: string;
                                travelGroup: {
                                    members: {
                                        name: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接受或婉拒推荐的岗位 / accept or decline the job offered */
        post: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accept: boolean;
                        /** @description 婉拒时必填 / required when declining */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            answer: "accepted" | "declined";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力报名（凭证自助，或官员代办）/ a worker registers (with a ticket, or assisted by an officer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 默认：户籍地当前进行中的活动 / default: the current campaign of the home county */
                        campaignId?: string;
                        /** @default [] */
                        certificates?: string[];
                        /**
                         * @description 同行人身份证号（最多 5 人）/ identity numbers of companions (at most 5)
                         * @default []
                         */
                        companionIdNumbers?: string[];
                        /** @description 已阅读并同意个人信息使用说明 / agrees to the notice on personal data */
                        consent: boolean;
                        /**
                         * @description 意向地区（省级 2 位或 6 位行政区划代码），最多 3 个 / wished destinations (2-digit province or 6-digit region codes), at most 3
                         * @default []
                         */
                        destinations?: string[];
                        /** @description 身份证号 / identity number (GB 11643) */
                        idNumber: string;
                        /**
                         * @description 意向行业代码，最多 3 个 / wished industries (codes), at most 3
                         * @default []
                         */
                        industries?: string[];
                        /**
                         * @description 期望月薪（元），0 为不限 / minimum monthly wage (yuan), 0 = any
                         * @default 0
                         */
                        minWage?: number;
                        name: string;
                        /** @description 代办报名时必填（自助报名时取自凭证）/ required when assisted (taken from the ticket otherwise) */
                        phone?: string;
                        /** @description 户籍地县级代码（6 位）/ county of origin (6 digits) */
                        regionCode: string;
                        /** @description 自助报名时必填 / required when the worker registers themselves */
                        ticket?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            /** @description 已按身份证号关联到先前导入的登记 / linked to a registration imported earlier */
                            linked: boolean;
                            /** @description 已为该劳动力登录（代办时为 false）/ the worker is now signed in (false when assisted) */
                            signedIn: boolean;
                            workerId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的稳岗回访 / my follow-up checks */
        get: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            }[];
                            open: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 回答稳岗回访（仍在岗、换工作、已返乡）/ answer a follow-up check: still there, changed job, returned home */
        post: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: number;
                        /**
                         * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                         * @enum {string}
                         */
                        outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                        /** @description 换工作时：去向地区代码 / changed job: region code */
                        whereRegion?: string;
                        /** @description 换工作时：去向（单位或地点）/ changed job: where to */
                        whereText?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            check: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            } | null;
                            stored: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本活动已发布的岗位 / the campaign's published vacancies */
        get: {
            parameters: {
                query?: {
                    industry?: string;
                    minWage?: number;
                    page?: number;
                    province?: string;
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                employerName: string;
                                headcount: number;
                                id: string;
                                industry: string;
                                interested: boolean;
                                siteCode: string;
                                siteName: string;
                                startDate: string | null;
                                title: string;
                                wage: number;
                                wageMax: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位详情 / one published vacancy */
        get: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 住宿：provided 包住 · allowance 住房补贴 · none 不提供，null 未说明 / housing; null = not said
                             * @enum {string|null}
                             */
                            accommodation: "provided" | "allowance" | "none" | null;
                            ageMax: number | null;
                            ageMin: number | null;
                            certificates: string[];
                            contactName: string | null;
                            employerName: string;
                            headcount: number;
                            id: string;
                            industry: string;
                            interested: boolean;
                            /**
                             * @description 餐饮：provided 包吃 · allowance 餐补 · none 不提供，null 未说明 / meals; null = not said
                             * @enum {string|null}
                             */
                            meals: "provided" | "allowance" | "none" | null;
                            /** @description 工作地址 / street address of the site */
                            siteAddress: string | null;
                            siteCode: string;
                            siteName: string;
                            startDate: string | null;
                            title: string;
                            wage: number;
                            wageMax: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/vacancies/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 标记或取消“我感兴趣” / mark or unmark "I'm interested" */
        put: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        interested: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            interested: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改求职意向 / change my wishes */
        patch: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificates?: string[];
                        destinations?: string[];
                        industries?: string[];
                        minWage?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            campaignName: string;
                            certificates: string[];
                            destinations: string[];
                            id: string;
                            idMasked: string;
                            industries: string[];
                            minWage: number;
                            name: string;
                            phoneMasked: string | null;
                            regionCode: string;
                            regionName: string;
                            status: string;
                            travelGroup: {
                                members: {
                                    name: string;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/m/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出本次活动（须填原因）/ withdraw from the campaign (with a reason) */
        post: {
            parameters: {
                query?: {
                    /** @description 代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for */
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            campaignName: string;
                            certificates: string[];
                            destinations: string[];
                            id: string;
                            idMasked: string;
                            industries: string[];
                            minWage: number;
                            name: string;
                            phoneMasked: string | null;
                            regionCode: string;
                            regionName: string;
                            status: string;
                            travelGroup: {
                                members: {
                                    name: string;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs-attention/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理待处理记录 / resolve a needs-attention record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            resolved: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 就绪检查（数据库可达、迁移已完成）/ readiness (database reachable, migrations current) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            en?: string;
                            migrationsApplied: number;
                            migrationsPending: string[];
                            reachable: boolean;
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            zh?: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            en?: string;
                            migrationsApplied: number;
                            migrationsPending: string[];
                            reachable: boolean;
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            zh?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划（GB/T 2260）/ administrative divisions */
        get: {
            parameters: {
                query?: {
                    /** @description 上级代码；省级留空 / parent code; empty for provinces */
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                fullName: string;
                                lat: number | null;
                                /** @enum {string} */
                                level: "province" | "city" | "county";
                                lon: number | null;
                                name: string;
                                parent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日报：登记、匹配、确认、出发、到岗、在岗，对比目标与前一日 / the daily report: the journey against the target and the day before */
        get: {
            parameters: {
                query: {
                    campaign?: string;
                    /** @description 日期（北京时间）/ the day (China time) */
                    date: string;
                    /** @description 行政区划代码或前缀（默认本人辖区）/ region code or prefix (default: your region) */
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            figures: {
                                arrived: number;
                                arrivedByDestination: {
                                    [key: string]: number;
                                };
                                arrivedByIndustry: {
                                    [key: string]: number;
                                };
                                arrivedChange: number;
                                arrivedPrevious: number;
                                confirmed: number;
                                confirmedByDestination: {
                                    [key: string]: number;
                                };
                                confirmedByIndustry: {
                                    [key: string]: number;
                                };
                                confirmedChange: number;
                                confirmedPrevious: number;
                                departed: number;
                                departedByDestination: {
                                    [key: string]: number;
                                };
                                departedByIndustry: {
                                    [key: string]: number;
                                };
                                departedChange: number;
                                departedPrevious: number;
                                matched: number;
                                matchedChange: number;
                                matchedPrevious: number;
                                priority: number;
                                priorityPrevious: number;
                                priorityShare: number;
                                progress: number | null;
                                registered: number;
                                registeredChange: number;
                                registeredPrevious: number;
                                stillEmployed: number;
                                stillEmployedByDestination: {
                                    [key: string]: number;
                                };
                                stillEmployedByIndustry: {
                                    [key: string]: number;
                                };
                                stillEmployedChange: number;
                                stillEmployedPrevious: number;
                                target: number | null;
                            };
                            /** @description 输入省与行业代码的名称 / names of the province and industry keys */
                            names: {
                                [key: string]: string;
                            };
                            previousDate: string;
                            region: {
                                code: string;
                                name: string;
                                prefix: string;
                            };
                            /** @enum {string} */
                            targetSource: "campaign" | "quota" | "none";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/daily.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日报（PDF，含图表）/ the daily report as a PDF with charts */
        get: {
            parameters: {
                query: {
                    campaign?: string;
                    /** @description 日期（北京时间）/ the day (China time) */
                    date: string;
                    /** @description 行政区划代码或前缀（默认本人辖区）/ region code or prefix (default: your region) */
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/daily.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日报（xlsx，上报格式）/ the daily report as the bureau's workbook */
        get: {
            parameters: {
                query: {
                    campaign?: string;
                    /** @description 日期（北京时间）/ the day (China time) */
                    date: string;
                    /** @description 行政区划代码或前缀（默认本人辖区）/ region code or prefix (default: your region) */
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回访结果（用人单位批量确认；官员电话回访）（留痕）/ record follow-up results: an employer in bulk, an officer after a call (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            month: number;
                            /**
                             * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                             * @enum {string}
                             */
                            outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                            /** @description 换工作时：去向地区代码 / changed job: region code */
                            whereRegion?: string;
                            /** @description 换工作时：去向（单位或地点）/ changed job: where to */
                            whereText?: string;
                            workerId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            }[];
                            stored: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待回访与逾期的稳岗回访（官员按辖区，用人单位按本单位）/ follow-up checks due or overdue: officers by region, employers their own */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 按哪一天计算（默认今天，北京时间）/ the day to count from (default today, China time) */
                    date?: string;
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 行政区划代码前缀（只能收窄）/ region prefix (narrows only) */
                    region?: string;
                    /** @description open 待回访（含逾期）· overdue 仅逾期 · all 全部 */
                    state?: "open" | "overdue" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            items: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            }[];
                            today: string;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/due.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待回访名单（xlsx，填写结果后上传）/ the open checks as a workbook to fill in and upload */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用人单位的稳岗率及是否低于阈值 / an employer's retention rate and whether it is below the threshold */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            employerId: string;
                            rate: {
                                changedJob: number;
                                checked: number;
                                employed: number;
                                flagged: boolean;
                                /** @description 在岗率（含换工作）/ in work, changed job included */
                                inWork: number | null;
                                key: string | null;
                                name: string | null;
                                /** @description 原单位在岗率 / still at the same employer */
                                rate: number | null;
                                returnedHome: number;
                                unreachable: number;
                            } | null;
                            threshold: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传填好的回访表（留痕）/ upload the filled-in follow-up workbook (audited)
         * @description multipart/form-data, one part `file` (.xlsx)
         */
        post: {
            parameters: {
                query?: {
                    campaign?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 拒绝行工作簿（base64）/ the refused rows' workbook, base64 */
                            errorsXlsx: string | null;
                            refused: number;
                            rows: number;
                            skipped: number;
                            stored: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访安排与稳岗率阈值 / the follow-up schedule and the retention threshold */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            /** @description 到岗后第几个月回访 / months after arrival */
                            months: number[];
                            /** @description 稳岗率低于此值的单位被标记 / employers below this rate are flagged */
                            threshold: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改活动的回访安排与阈值（留痕）/ change a campaign's follow-up schedule and threshold (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        months: number[];
                        threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            /** @description 到岗后第几个月回访 / months after arrival */
                            months: number[];
                            /** @description 稳岗率低于此值的单位被标记 / employers below this rate are flagged */
                            threshold: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 稳岗率：按用人单位、输入省、行业、县 / retention rates by employer, destination, industry, county */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 只看某次回访（默认每人最近一次）/ one check month (default each worker's latest) */
                    month?: number;
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            by: {
                                county: {
                                    changedJob: number;
                                    checked: number;
                                    employed: number;
                                    flagged: boolean;
                                    /** @description 在岗率（含换工作）/ in work, changed job included */
                                    inWork: number | null;
                                    key: string | null;
                                    name: string | null;
                                    /** @description 原单位在岗率 / still at the same employer */
                                    rate: number | null;
                                    returnedHome: number;
                                    unreachable: number;
                                }[];
                                destination: {
                                    changedJob: number;
                                    checked: number;
                                    employed: number;
                                    flagged: boolean;
                                    /** @description 在岗率（含换工作）/ in work, changed job included */
                                    inWork: number | null;
                                    key: string | null;
                                    name: string | null;
                                    /** @description 原单位在岗率 / still at the same employer */
                                    rate: number | null;
                                    returnedHome: number;
                                    unreachable: number;
                                }[];
                                employer: {
                                    changedJob: number;
                                    checked: number;
                                    employed: number;
                                    flagged: boolean;
                                    /** @description 在岗率（含换工作）/ in work, changed job included */
                                    inWork: number | null;
                                    key: string | null;
                                    name: string | null;
                                    /** @description 原单位在岗率 / still at the same employer */
                                    rate: number | null;
                                    returnedHome: number;
                                    unreachable: number;
                                }[];
                                industry: {
                                    changedJob: number;
                                    checked: number;
                                    employed: number;
                                    flagged: boolean;
                                    /** @description 在岗率（含换工作）/ in work, changed job included */
                                    inWork: number | null;
                                    key: string | null;
                                    name: string | null;
                                    /** @description 原单位在岗率 / still at the same employer */
                                    rate: number | null;
                                    returnedHome: number;
                                    unreachable: number;
                                }[];
                            };
                            campaignId: string;
                            month: number | null;
                            months: number[];
                            threshold: number;
                            total: {
                                changedJob: number;
                                checked: number;
                                employed: number;
                                flagged: boolean;
                                /** @description 在岗率（含换工作）/ in work, changed job included */
                                inWork: number | null;
                                key: string | null;
                                name: string | null;
                                /** @description 原单位在岗率 / still at the same employer */
                                rate: number | null;
                                returnedHome: number;
                                unreachable: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名劳动力的全部回访 / one worker's follow-up checks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 到岗日期 / arrival date */
                                arrival: string;
                                /** @description 回访到期日 / due date */
                                due: string;
                                employer: {
                                    id: string;
                                    name: string;
                                } | null;
                                industry: string | null;
                                job: {
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description 到岗后第几个月 / months after arrival */
                                month: number;
                                result: {
                                    actor: string;
                                    at: string;
                                    /**
                                     * @description 结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome
                                     * @enum {string}
                                     */
                                    outcome: "employed" | "changed_job" | "returned_home" | "unreachable";
                                    outcomeText: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    source: "employer" | "worker" | "officer" | "import";
                                    whereRegion: string | null;
                                    whereText: string | null;
                                } | null;
                                /**
                                 * @description upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访
                                 * @enum {string}
                                 */
                                state: "upcoming" | "due" | "overdue" | "done";
                                worker: {
                                    county: {
                                        code: string;
                                        name: string;
                                    };
                                    id: string;
                                    name: string;
                                    phoneMasked: string | null;
                                    province: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车次详情（路线、时间、座位图、乘客）/ one trip: route with times and coordinates, seat plan, passengers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            capacity: number;
                            cost: number;
                            departureDate: string;
                            gatheringPointId: string | null;
                            id: string;
                            km: number;
                            /** @description 车次 / coach number */
                            number: string;
                            passengers: {
                                dropoff: string;
                                dropoffName: string;
                                employer: string;
                                idMasked: string;
                                jobTitle: string;
                                name: string;
                                pickup: string;
                                pickupName: string;
                                seat: number;
                                siteCode: string;
                                siteName: string;
                                workerId: string;
                            }[];
                            /** @description 辖区内乘客 / riders in your reach */
                            riders: number;
                            seatPlan: {
                                rows: number;
                                seatsPerRow: number;
                                /** @description 可坐座位（隔位乘坐时为棋盘格）/ seats in use under the spacing */
                                usable: number[];
                            };
                            /** @enum {string} */
                            spacing: "normal" | "alternate";
                            stops: {
                                /** @description 预计到达 / estimated time, HH:MM or MM-DD HH:MM */
                                eta: string;
                                /** @enum {string} */
                                kind: "pickup" | "dropoff";
                                km: number;
                                lat: number | null;
                                /** @description gp:<集合点 id> 或 site:<地区代码> / gp:<gathering point> or site:<region code> */
                                location: string;
                                lon: number | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/arrivals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抵达交接（批量，幂等）/ arrival handover (batch, idempotent by id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deviceId: string;
                        items: ({
                            at?: unknown;
                            id?: unknown;
                            outcome?: unknown;
                            workerId?: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                field?: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "stored" | "duplicate" | "rejected";
                                reason?: string;
                                /** @enum {string} */
                                state?: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                tripId?: string;
                            }[];
                            serverTime: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消乘车 / take a passenger off the trip */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moved: {
                                seat: number | null;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                workerId: string;
                            }[];
                            toTripId: string | null;
                            tripId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/checkin-manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单个车次的检录名单 / the check-in manifest of one coach */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                login: string;
                                role: string;
                            };
                            date: string;
                            feverThreshold: number;
                            gatheringPoint: {
                                id: string;
                                name: string;
                            } | null;
                            passengers: {
                                destinationName: string | null;
                                /** @description HMAC-SHA256(lookupKey, 规范化身份证号) 前 128 位 hex / first 128 bits of HMAC-SHA256(lookupKey, normalised identity number), hex */
                                idDigest: string;
                                idMasked: string;
                                name: string;
                                seat: number;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                /** @description 乘车码内容（与二维码相同）/ the boarding QR token, as printed */
                                token: string;
                                travelGroup: string | null;
                                tripId: string;
                                workerId: string;
                            }[];
                            serverTime: string;
                            trips: {
                                counts: {
                                    absent_at_arrival: number;
                                    arrived: number;
                                    cancelled: number;
                                    checked_in: number;
                                    departed: number;
                                    expected: number;
                                    no_show: number;
                                    rebooked: number;
                                    refused: number;
                                };
                                date: string;
                                /** @description 本集合点计划发车时间 / planned departure from this point */
                                departAt: string | null;
                                departedAt: string | null;
                                destination: string | null;
                                id: string;
                                /** @description 本车次身份证号摘要密钥（base64url）/ this trip's key for identity-number digests (base64url) */
                                lookupKey: string;
                                number: string;
                                passengers: number;
                                plate: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发车 / the coach leaves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        at: string;
                        deviceId?: string;
                        /** Format: uuid */
                        id: string;
                        onBoard: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            counts: {
                                absent_at_arrival: number;
                                arrived: number;
                                cancelled: number;
                                checked_in: number;
                                departed: number;
                                expected: number;
                                no_show: number;
                                rebooked: number;
                                refused: number;
                            };
                            departed: number;
                            difference: number;
                            id: string;
                            mismatch: boolean;
                            onBoard: number;
                            /** @enum {string} */
                            outcome: "stored" | "duplicate" | "rejected";
                            reason?: string;
                            serverTime: string;
                            tripId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/manifest.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 乘车名单 PDF / manifest (PDF, A4) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/manifest.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 乘车名单 Excel / manifest (.xlsx) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/passes/{worker}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 乘车凭证（手机）/ a worker's boarding pass (PDF, phone-sized) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    worker: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}/rebook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改签到其他车次 / rebook a passenger (and their travel group) onto another trip */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 只改签本人，不带同行人 / move this person only, not their travel group */
                        split?: boolean;
                        /** Format: uuid */
                        toTripId: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moved: {
                                seat: number | null;
                                /** @enum {string} */
                                state: "expected" | "checked_in" | "refused" | "departed" | "no_show" | "arrived" | "absent_at_arrival" | "rebooked" | "cancelled";
                                workerId: string;
                            }[];
                            toTripId: string | null;
                            tripId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账户列表（本辖区）/ accounts in your region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description ISO 8601 */
                                createdAt: string;
                                /** @description 停用时间 / when disabled, null while active */
                                disabledAt: string | null;
                                employerId: string | null;
                                gatheringPointId: string | null;
                                id: string;
                                /** @description 登录名；劳动力账户显示为 worker / login; worker accounts show "worker" (their phone is personal data) */
                                login: string;
                                name: string;
                                /** @description 辖区代码前缀 / region code prefix the account works in */
                                regionPrefix: string;
                                /** @enum {string} */
                                role: "admin" | "province" | "city" | "county" | "employer" | "checkin" | "worker";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 创建账户（仅限本辖区）/ create an account inside your region */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        employerId?: string;
                        gatheringPointId?: string;
                        login?: string;
                        name: string;
                        password?: string;
                        region?: string;
                        role: string;
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            login: string;
                            regionPrefix: string;
                            /** @enum {string} */
                            role: "admin" | "province" | "city" | "county" | "employer" | "checkin" | "worker";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账户（不能登录，会话立即结束）/ disable an account (no sign-in; its sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            id: string;
                            login: string;
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账户 / enable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            id: string;
                            login: string;
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置他人密码（不填则生成临时密码，只返回一次）/ reset an account's password (a temporary one is generated and returned once when none is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            id: string;
                            login: string;
                            role: string;
                            /** @description 生成的临时密码，只返回这一次 / the generated temporary password, returned this once */
                            temporaryPassword?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除登录锁定（所有地址）/ lift the sign-in lock (from every address) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressesCleared: number;
                            disabled: boolean;
                            id: string;
                            login: string;
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 劳动力列表 / list workers */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 持有证书代码 / holds this certificate (code) */
                    certificate?: string;
                    /** @description 意向行业代码 / a wished industry (code) */
                    industry?: string;
                    /** @description 升序或降序 / ascending or descending */
                    order?: "asc" | "desc";
                    /** @description 页码 / page number, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page (max 500) */
                    pageSize?: number;
                    /** @description 脱贫劳动力 / priority group only */
                    priority?: "true" | "false";
                    /** @description 搜索：姓名、身份证号（完整或后几位）、手机号（完整或后几位）/ search: name, identity number (whole or last digits), phone (whole or last digits) */
                    q?: string;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 排序字段 / sort by */
                    sort?: "name" | "age" | "county" | "status" | "registeredAt";
                    /** @description 行程步骤 / journey step: registered, matched, confirmed, trip_assigned, departed, arrived, withdrawn */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 今天的周岁 / age today */
                                age: number;
                                /** @description YYYY-MM-DD */
                                birthDate: string;
                                campaignId: string;
                                /** @description 证书代码 / certificates (codes) */
                                certificates: string[];
                                /** @description 意向地区代码 / wished destinations (region codes) */
                                destinations: string[];
                                /** @enum {string} */
                                gender: "male" | "female";
                                id: string;
                                /** @description 脱敏身份证号 / masked identity number */
                                idMasked: string;
                                /** @description 意向行业代码 / wished industries (codes) */
                                industries: string[];
                                /** @description 期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any */
                                minWage: number;
                                name: string;
                                /** @description 脱敏手机号 / masked phone */
                                phoneMasked: string | null;
                                /** @description 脱贫劳动力 / priority group */
                                priority: boolean;
                                /** @description 户籍地（县级）代码 / county of origin (GB/T 2260) */
                                regionCode: string;
                                /** @description 户籍地全称 / county of origin, full name */
                                regionName: string;
                                /** @description 登记时间 / registered at, ISO 8601 */
                                registeredAt: string;
                                /** @description 最近的行程步骤 / latest journey step */
                                status: string;
                                /** @description 最近修改 / last changed, ISO 8601 */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 代为登记一名劳动力（与导入同一规则，留痕）/ register one worker by hand (the import's rules; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description 输出活动，默认当前活动 / campaign; default the current one
                         */
                        campaign?: string;
                        /** @default [] */
                        certificates?: string[];
                        /** @default [] */
                        destinations?: string[];
                        /** @description 身份证号 / identity number */
                        idNumber: string;
                        /** @default [] */
                        industries?: string[];
                        /** @default 0 */
                        minWage?: number;
                        name: string;
                        /** @description 户籍地（县级代码或名称）/ county of origin (code or name) */
                        origin: string;
                        phone?: string | null;
                        /** @default false */
                        priority?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 今天的周岁 / age today */
                            age: number;
                            /** @description YYYY-MM-DD */
                            birthDate: string;
                            campaignId: string;
                            /** @description 证书代码 / certificates (codes) */
                            certificates: string[];
                            /** @description 意向地区代码 / wished destinations (region codes) */
                            destinations: string[];
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: string;
                            /** @description 脱敏身份证号 / masked identity number */
                            idMasked: string;
                            /** @description 意向行业代码 / wished industries (codes) */
                            industries: string[];
                            /** @description 期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any */
                            minWage: number;
                            name: string;
                            /** @description 脱敏手机号 / masked phone */
                            phoneMasked: string | null;
                            /** @description 脱贫劳动力 / priority group */
                            priority: boolean;
                            /** @description 户籍地（县级）代码 / county of origin (GB/T 2260) */
                            regionCode: string;
                            /** @description 户籍地全称 / county of origin, full name */
                            regionName: string;
                            /** @description 登记时间 / registered at, ISO 8601 */
                            registeredAt: string;
                            /** @description 最近的行程步骤 / latest journey step */
                            status: string;
                            /** @description 最近修改 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 劳动力详情 / one worker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 今天的周岁 / age today */
                            age: number;
                            /** @description YYYY-MM-DD */
                            birthDate: string;
                            campaignId: string;
                            /** @description 证书代码 / certificates (codes) */
                            certificates: string[];
                            /** @description 意向地区代码 / wished destinations (region codes) */
                            destinations: string[];
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: string;
                            /** @description 脱敏身份证号 / masked identity number */
                            idMasked: string;
                            /** @description 意向行业代码 / wished industries (codes) */
                            industries: string[];
                            /** @description 期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any */
                            minWage: number;
                            name: string;
                            /** @description 脱敏手机号 / masked phone */
                            phoneMasked: string | null;
                            /** @description 脱贫劳动力 / priority group */
                            priority: boolean;
                            /** @description 户籍地（县级）代码 / county of origin (GB/T 2260) */
                            regionCode: string;
                            /** @description 户籍地全称 / county of origin, full name */
                            regionName: string;
                            /** @description 登记时间 / registered at, ISO 8601 */
                            registeredAt: string;
                            /** @description 最近的行程步骤 / latest journey step */
                            status: string;
                            /** @description 最近修改 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改劳动力信息 / correct a registration */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destinations?: string[];
                        industries?: string[];
                        minWage?: number;
                        name?: string;
                        phone?: string | null;
                        priority?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 今天的周岁 / age today */
                            age: number;
                            /** @description YYYY-MM-DD */
                            birthDate: string;
                            campaignId: string;
                            /** @description 证书代码 / certificates (codes) */
                            certificates: string[];
                            /** @description 意向地区代码 / wished destinations (region codes) */
                            destinations: string[];
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: string;
                            /** @description 脱敏身份证号 / masked identity number */
                            idMasked: string;
                            /** @description 意向行业代码 / wished industries (codes) */
                            industries: string[];
                            /** @description 期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any */
                            minWage: number;
                            name: string;
                            /** @description 脱敏手机号 / masked phone */
                            phoneMasked: string | null;
                            /** @description 脱贫劳动力 / priority group */
                            priority: boolean;
                            /** @description 户籍地（县级）代码 / county of origin (GB/T 2260) */
                            regionCode: string;
                            /** @description 户籍地全称 / county of origin, full name */
                            regionName: string;
                            /** @description 登记时间 / registered at, ISO 8601 */
                            registeredAt: string;
                            /** @description 最近的行程步骤 / latest journey step */
                            status: string;
                            /** @description 最近修改 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workers/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 劳动力行程日志 / a worker's journey */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string;
                                /** @description ISO 8601 */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                device: string | null;
                                id: number;
                                /** @description registered | updated | matched | confirmed | trip_assigned | withdrawn | … */
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 为劳动力推荐岗位（附理由）/ top vacancies for a worker, with reasons */
        get: {
            parameters: {
                query?: {
                    /** @description 条数 / how many */
                    k?: number;
                };
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 无符合条件岗位时，排除最近岗位的规则 / when nothing fits, the rules that excluded the nearest vacancies */
                            exclusions: {
                                count: number;
                                reason: {
                                    en: string;
                                    zh: string;
                                };
                                rule: string;
                            }[];
                            items: {
                                job: string;
                                reasons: {
                                    en: string;
                                    zh: string;
                                }[];
                                score: number;
                                siteCode?: string;
                                value: number;
                                /** @description 用人单位有逾期未处理的投诉时的提示 / set when the employer has grievances open past their deadline */
                                warning?: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            worker: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号和手机号（留痕）/ reveal full identity number and phone (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description 完整身份证号 / full identity number */
                            idNumber: string;
                            phone: string | null;
                            regionCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 劳动力退出（不再出行）/ a worker withdraws (leaves the next trip plan) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录 id / record id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 今天的周岁 / age today */
                            age: number;
                            /** @description YYYY-MM-DD */
                            birthDate: string;
                            campaignId: string;
                            /** @description 证书代码 / certificates (codes) */
                            certificates: string[];
                            /** @description 意向地区代码 / wished destinations (region codes) */
                            destinations: string[];
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: string;
                            /** @description 脱敏身份证号 / masked identity number */
                            idMasked: string;
                            /** @description 意向行业代码 / wished industries (codes) */
                            industries: string[];
                            /** @description 期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any */
                            minWage: number;
                            name: string;
                            /** @description 脱敏手机号 / masked phone */
                            phoneMasked: string | null;
                            /** @description 脱贫劳动力 / priority group */
                            priority: boolean;
                            /** @description 户籍地（县级）代码 / county of origin (GB/T 2260) */
                            regionCode: string;
                            /** @description 户籍地全称 / county of origin, full name */
                            regionName: string;
                            /** @description 登记时间 / registered at, ISO 8601 */
                            registeredAt: string;
                            /** @description 最近的行程步骤 / latest journey step */
                            status: string;
                            /** @description 最近修改 / last changed, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出劳动力 .xlsx（脱敏）/ export workers as .xlsx (masked) */
        get: {
            parameters: {
                query?: {
                    campaign?: string;
                    /** @description 持有证书代码 / holds this certificate (code) */
                    certificate?: string;
                    /** @description 意向行业代码 / a wished industry (code) */
                    industry?: string;
                    /** @description 脱贫劳动力 / priority group only */
                    priority?: "true" | "false";
                    /** @description 搜索：姓名、身份证号（完整或后几位）、手机号（完整或后几位）/ search: name, identity number (whole or last digits), phone (whole or last digits) */
                    q?: string;
                    /** @description 行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000 */
                    region?: string;
                    /** @description 行程步骤 / journey step: registered, matched, confirmed, trip_assigned, departed, arrived, withdrawn */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
