use super::{Overview, UserPage};
use crate::accounts::FormReply;
use leptos::prelude::*;

#[server(endpoint = "staff/overview")]
pub async fn staff_overview() -> Result<Overview, ServerFnError> {
    use crate::accounts::api::deny;
    use crate::accounts::{store, AppError, Problem};
    use crate::platform::{self, request};
    let Some(user) = request::ctx()?.user else {
        return deny(Problem::NotSignedIn);
    };
    if !user.role.is_staff() {
        return deny(Problem::NotAllowed);
    }
    let st = platform::state()?;
    let per = store::residents_per_district(&st.db)
        .await
        .map_err(AppError::from)?;
    let total = per.iter().map(|(_, n)| n).sum();
    Ok(Overview {
        residents_per_district: per,
        total,
    })
}

#[server(endpoint = "admin/users")]
pub async fn list_users(page: i64) -> Result<UserPage, ServerFnError> {
    use super::{UserEntry, PAGE_SIZE};
    use crate::accounts::api::deny;
    use crate::accounts::{store, AppError, Problem, Role};
    use crate::platform::{self, audit, request};
    let Some(user) = request::ctx()?.user else {
        return deny(Problem::NotSignedIn);
    };
    if user.role != Role::Admin {
        return deny(Problem::NotAllowed);
    }
    let st = platform::state()?;
    let page = page.max(1);
    let (rows, total) = store::list_users(&st.db, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await
        .map_err(AppError::from)?;
    // Personal data was shown: record who looked.
    audit::record(
        &st.db,
        Some(user.id),
        "viewed_user_list",
        None,
        &format!("page={page}"),
    )
    .await
    .map_err(AppError::from)?;
    Ok(UserPage {
        users: rows
            .into_iter()
            .map(|u| UserEntry {
                is_self: u.id == user.id,
                ..u
            })
            .collect(),
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        total,
    })
}

#[server(endpoint = "admin/set_role")]
pub async fn set_role(
    user_id: i64,
    role: String,
    return_to: String,
) -> Result<FormReply, ServerFnError> {
    use crate::accounts::api::{finish, one, require_user};
    use crate::accounts::{safe_return_to, store, AppError, Notice, Problem, Role};
    use crate::platform::{self, audit, session};
    let back = safe_return_to(&return_to, "/admin/users");
    let admin = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "role", &back, vec![]).await,
    };
    if admin.role != Role::Admin {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(http::StatusCode::FORBIDDEN);
        }
        return finish(one("", Problem::NotAllowed), "role", &back, vec![]).await;
    }
    let field = format!("role-{user_id}");
    let Some(new_role) = Role::parse(&role) else {
        return finish(one(&field, Problem::ChoiceInvalid), "role", &back, vec![]).await;
    };
    if user_id == admin.id {
        return finish(
            one(&field, Problem::CannotChangeOwnRole),
            "role",
            &back,
            vec![],
        )
        .await;
    }
    let st = platform::state()?;
    if !store::set_role(&st.db, user_id, new_role)
        .await
        .map_err(AppError::from)?
    {
        return finish(one(&field, Problem::ChoiceInvalid), "role", &back, vec![]).await;
    }
    // A changed role takes effect at the next sign-in: end the user's sessions.
    session::destroy_all_for_user(&st.db, user_id, None)
        .await
        .map_err(AppError::from)?;
    audit::record(
        &st.db,
        Some(admin.id),
        "role_changed",
        Some(user_id),
        new_role.code(),
    )
    .await
    .map_err(AppError::from)?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(Notice::RoleChanged),
            boot: None,
        },
        "role",
        &back,
        vec![],
    )
    .await
}
